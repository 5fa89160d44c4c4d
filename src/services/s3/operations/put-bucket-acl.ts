import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { requestedGrants, type AccessControlPolicyInput, type AclInput } from '../model/acl.js';
import { updateBucket } from '../model/update-bucket.js';

export interface PutBucketAclInput extends AclInput {
  Bucket: string;
  AccessControlPolicy?: AccessControlPolicyInput;
}

export function putBucketAcl(input: PutBucketAclInput, ctx: OperationContext): Record<string, never> {
  updateBucket(ctx, input.Bucket, (bucket) => {
    const grants = requestedGrants(bucket, input, 'bucket', bucket.accountId);
    if (!grants) throw malformedXml();
    return { ...bucket, acl: grants };
  });
  return {};
}
