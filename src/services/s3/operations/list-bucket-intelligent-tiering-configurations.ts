import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { requireBucket } from '../model/buckets.js';

/** S3 pages bucket configuration lists 100 at a time. */
const PAGE_SIZE = 100;

/** The configurations in Id order; the continuation token names the last Id of the page before. */
export function listBucketIntelligentTieringConfigurations(input: { Bucket: string; ContinuationToken?: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const configs = bucket.intelligentTiering ?? [];
  let after: string | undefined;
  if (input.ContinuationToken !== undefined) {
    after = Buffer.from(input.ContinuationToken, 'base64url').toString('utf8');
    if (!after.startsWith('it:')) throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', input.ContinuationToken);
    after = after.slice(3);
  }
  const rest = after === undefined ? configs : configs.filter((c) => c.Id > after!);
  const page = rest.slice(0, PAGE_SIZE);
  const truncated = rest.length > page.length;
  return {
    IsTruncated: truncated,
    ...(input.ContinuationToken !== undefined ? { ContinuationToken: input.ContinuationToken } : {}),
    ...(truncated ? { NextContinuationToken: Buffer.from(`it:${page[page.length - 1]!.Id}`).toString('base64url') } : {}),
    ...(page.length > 0 ? { IntelligentTieringConfigurationList: page } : {}),
  };
}
