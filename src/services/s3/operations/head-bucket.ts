import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { bucketsTable } from '../store.js';

export interface HeadBucketOutput {
  BucketRegion: string;
  AccessPointAlias: boolean;
}

/** HEAD answers carry no body, so S3 sends bare statuses: 404 NotFound, 403 Forbidden. */
export function headBucket(input: { Bucket: string; ExpectedBucketOwner?: string }, ctx: OperationContext): HeadBucketOutput {
  const bucket = ctx.table(bucketsTable).get(input.Bucket);
  if (!bucket) throw new AwsError('NotFound', 'Not Found', { status: 404 });
  if (input.ExpectedBucketOwner !== undefined && input.ExpectedBucketOwner !== bucket.accountId) {
    throw new AwsError('Forbidden', 'Forbidden', { status: 403 });
  }
  return { BucketRegion: bucket.region, AccessPointAlias: false };
}
