import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { invalidArgument, malformedXml } from '../errors.js';
import type { ObjectLockRule } from '../model/bucket-configs.js';
import { requireBucket } from '../model/buckets.js';
import { LOCK_MODES } from '../model/object-lock.js';
import { bucketsTable } from '../store.js';

export interface PutObjectLockConfigurationInput {
  Bucket: string;
  ObjectLockConfiguration?: { ObjectLockEnabled?: string; Rule?: { DefaultRetention?: { Mode?: string; Days?: number; Years?: number } } };
}

/**
 * Turns object lock on (a versioned bucket may get it after creation, as S3 allows since
 * 2023) and sets or clears the default retention new versions get.
 */
export function putObjectLockConfiguration(input: PutObjectLockConfigurationInput, ctx: OperationContext): Record<string, never> {
  const bucket = requireBucket(ctx, input.Bucket);
  const config = input.ObjectLockConfiguration;
  if (config?.ObjectLockEnabled !== 'Enabled') throw malformedXml();
  if (!bucket.objectLockEnabled && bucket.versioning !== 'Enabled') {
    throw new AwsError('InvalidBucketState', "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration", { status: 409 });
  }
  let rule: ObjectLockRule | undefined;
  const retention = config.Rule?.DefaultRetention;
  if (config.Rule) {
    if (!retention || retention.Mode === undefined || !LOCK_MODES.has(retention.Mode)) throw malformedXml();
    if ((retention.Days === undefined) === (retention.Years === undefined)) throw malformedXml();
    const period = retention.Days ?? retention.Years!;
    if (!Number.isInteger(period) || period <= 0) throw invalidArgument('Default retention period must be a positive integer value', retention.Days !== undefined ? 'Days' : 'Years', String(period));
    rule = { mode: retention.Mode as ObjectLockRule['mode'], ...(retention.Days !== undefined ? { days: retention.Days } : { years: retention.Years! }) };
  }
  ctx.store.transaction(() => {
    const { objectLockRule: _old, ...current } = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, { ...current, objectLockEnabled: true, ...(rule ? { objectLockRule: rule } : {}) });
  });
  return {};
}
