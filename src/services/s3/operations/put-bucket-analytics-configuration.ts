import type { OperationContext } from '../../define-service.js';
import { checkConfigId, putConfig } from '../model/config-sets.js';
import { validateAnalytics, type AnalyticsConfiguration } from '../model/analytics-config.js';

export interface PutBucketAnalyticsConfigurationInput {
  Bucket: string;
  Id: string;
  AnalyticsConfiguration?: AnalyticsConfiguration;
}

/** Creates or replaces the configuration named by `id` (up to 1,000 per bucket). Kumo records the analysis; S3 would export storage class analysis after about 30 days of observation. */
export function putBucketAnalyticsConfiguration(input: PutBucketAnalyticsConfigurationInput, ctx: OperationContext): Record<string, never> {
  const id = checkConfigId(input.Id);
  putConfig(ctx, input.Bucket, 'analytics', id, validateAnalytics(input.AnalyticsConfiguration));
  return {};
}
