import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { malformedXml } from '../errors.js';
import { canonicalId } from '../model/buckets.js';
import { updateBucket } from '../model/update-bucket.js';

const OWNERSHIPS = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'];

export interface PutBucketOwnershipControlsInput {
  Bucket: string;
  OwnershipControls?: { Rules?: Array<{ ObjectOwnership?: string }> };
}

export function putBucketOwnershipControls(input: PutBucketOwnershipControlsInput, ctx: OperationContext): Record<string, never> {
  const rules = input.OwnershipControls?.Rules ?? [];
  if (rules.length !== 1 || !rules[0]!.ObjectOwnership) throw malformedXml();
  const ownership = rules[0]!.ObjectOwnership;
  if (!OWNERSHIPS.includes(ownership)) throw malformedXml();
  updateBucket(ctx, input.Bucket, (bucket) => {
    // Enforcing ownership drops ACLs, so a bucket whose ACL grants anyone but its owner must be reset first.
    const owner = canonicalId(bucket.accountId);
    if (ownership === 'BucketOwnerEnforced' && (bucket.acl ?? []).some((g) => g.Grantee.ID !== owner)) {
      throw new AwsError('InvalidBucketAclWithObjectOwnership', 'Bucket cannot have ACLs set with ObjectOwnership\'s BucketOwnerEnforced setting');
    }
    return { ...bucket, objectOwnership: ownership };
  });
  return {};
}
