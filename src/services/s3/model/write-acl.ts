import type { OperationContext } from '../../define-service.js';
import { bucketsTable } from '../store.js';
import type { Grant } from './access-configs.js';
import { requestedGrants, type AclInput } from './acl.js';
import { findObject } from './object-versions.js';
import { rewriteVersion } from './rewrite-version.js';

/** Writes that take an ACL with the object (`x-amz-acl`, `x-amz-grant-*`). */
export const ACL_WRITES = new Set(['PutObject', 'CopyObject']);

/** The grants a PutObject or CopyObject asks for, checked before any byte is stored. */
export function grantsForWrite(ctx: OperationContext, input: AclInput & { Bucket?: unknown }): Grant[] | undefined {
  if (input.ACL === undefined && input.GrantRead === undefined && input.GrantFullControl === undefined && input.GrantReadACP === undefined && input.GrantWriteACP === undefined && input.GrantWrite === undefined) return undefined;
  const bucket = typeof input.Bucket === 'string' ? ctx.table(bucketsTable).get(input.Bucket) : undefined;
  if (!bucket) return undefined;
  return requestedGrants(bucket, input, 'object', ctx.accountId);
}

/** Stores the ACL on the version the write just made. */
export function applyWriteAcl(ctx: OperationContext, bucketName: string, key: string, versionId: string | undefined, grants: Grant[]): void {
  ctx.store.transaction(() => {
    const bucket = ctx.table(bucketsTable).get(bucketName);
    if (!bucket) return;
    const row = findObject(ctx, bucket, key, bucket.versioning === 'Enabled' ? versionId : undefined);
    rewriteVersion(ctx, bucket, { ...row, acl: grants });
  });
}
