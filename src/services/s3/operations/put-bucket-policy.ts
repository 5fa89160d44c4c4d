import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { isPublicPolicy, validateBucketPolicy } from '../model/bucket-policy.js';
import { publicAccessBlockOf } from '../model/public-access.js';
import { updateBucket } from '../model/update-bucket.js';

export interface PutBucketPolicyInput {
  Bucket: string;
  Policy?: string;
}

export function putBucketPolicy(input: PutBucketPolicyInput, ctx: OperationContext): Record<string, never> {
  const text = input.Policy ?? '';
  updateBucket(ctx, input.Bucket, (bucket) => {
    const document = validateBucketPolicy(text, bucket.name);
    if (publicAccessBlockOf(bucket).BlockPublicPolicy && isPublicPolicy(document)) {
      throw new AwsError(
        'AccessDenied',
        `User: ${ctx.caller.arn} is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::${bucket.name}" because public policies are blocked by the BlockPublicPolicy block public access setting.`,
        { status: 403 },
      );
    }
    return { ...bucket, policy: text };
  });
  return {};
}
