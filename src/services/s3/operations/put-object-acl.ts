import type { OperationContext } from '../../define-service.js';
import { malformedXml, methodNotAllowed } from '../errors.js';
import { requestedGrants, type AccessControlPolicyInput, type AclInput } from '../model/acl.js';
import { requireBucket } from '../model/buckets.js';
import { findObject } from '../model/object-versions.js';
import { rewriteVersion } from '../model/rewrite-version.js';

export interface PutObjectAclInput extends AclInput {
  Bucket: string;
  Key: string;
  VersionId?: string;
  AccessControlPolicy?: AccessControlPolicyInput;
}

export function putObjectAcl(input: PutObjectAclInput, ctx: OperationContext): Record<string, unknown> {
  return ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    const row = findObject(ctx, bucket, input.Key, input.VersionId);
    if (row.deleteMarker) throw methodNotAllowed('PUT', 'DeleteMarker');
    const grants = requestedGrants(bucket, input, 'object', row.ownerAccountId);
    if (!grants) throw malformedXml();
    rewriteVersion(ctx, bucket, { ...row, acl: grants });
    return {};
  });
}
