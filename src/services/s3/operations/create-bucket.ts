import type { OperationContext } from '../../define-service.js';
import {
  bucketAlreadyExists,
  bucketAlreadyOwnedByYou,
  illegalLocationConstraint,
  invalidBucketName,
  invalidLocationConstraint,
} from '../errors.js';
import { isValidBucketName } from '../model/buckets.js';
import { bucketsTable, ownedBucketsTable } from '../store.js';

export interface CreateBucketInput {
  Bucket: string;
  CreateBucketConfiguration?: { LocationConstraint?: string };
  ObjectLockEnabledForBucket?: boolean;
  ObjectOwnership?: string;
}

/** Regions S3 still accepts under their old names. */
const LEGACY_CONSTRAINTS: Record<string, string> = { EU: 'eu-west-1' };

export function createBucket(input: CreateBucketInput, ctx: OperationContext): { Location: string } {
  const name = input.Bucket;
  if (!isValidBucketName(name)) throw invalidBucketName(name);
  const constraint = input.CreateBucketConfiguration?.LocationConstraint;
  let region: string;
  if (ctx.region === 'us-east-1') {
    // The global endpoint creates a bucket in any region; naming us-east-1 itself is refused.
    if (constraint === 'us-east-1') throw invalidLocationConstraint(constraint);
    region = constraint ? (LEGACY_CONSTRAINTS[constraint] ?? constraint) : 'us-east-1';
  } else {
    if (!constraint) throw illegalLocationConstraint('', ctx.region);
    region = LEGACY_CONSTRAINTS[constraint] ?? constraint;
    if (region !== ctx.region) throw illegalLocationConstraint(constraint, ctx.region);
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw invalidLocationConstraint(constraint ?? '');

  const buckets = ctx.table(bucketsTable);
  ctx.store.transaction(() => {
    const existing = buckets.get(name);
    if (existing) {
      if (existing.accountId !== ctx.accountId) throw bucketAlreadyExists(name);
      // AWS's legacy behaviour: re-creating your own bucket in North Virginia succeeds.
      if (existing.region === 'us-east-1' && region === 'us-east-1') return;
      throw bucketAlreadyOwnedByYou(name);
    }
    const createdMs = Math.floor(ctx.clock.now() / 1000) * 1000;
    buckets.put(name, {
      name,
      accountId: ctx.accountId,
      region,
      createdMs,
      ...(input.ObjectLockEnabledForBucket ? { objectLockEnabled: true, versioning: 'Enabled' as const } : {}),
      objectOwnership: input.ObjectOwnership ?? 'BucketOwnerEnforced',
    });
    ctx.table(ownedBucketsTable).put(name, { region, createdMs });
  });
  return { Location: region === 'us-east-1' ? `/${name}` : `http://${name}.s3.amazonaws.com/` };
}
