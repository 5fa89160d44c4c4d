import type { OperationContext } from '../../define-service.js';
import { checkConfigId, putConfig } from '../model/config-sets.js';
import { validateMetrics, type MetricsConfiguration } from '../model/bucket-metrics-config.js';

export interface PutBucketMetricsConfigurationInput {
  Bucket: string;
  Id: string;
  MetricsConfiguration?: MetricsConfiguration;
}

/** Creates or replaces the configuration named by `id` (up to 1,000 per bucket). Kumo records the filter; S3 would publish CloudWatch request metrics for it. */
export function putBucketMetricsConfiguration(input: PutBucketMetricsConfigurationInput, ctx: OperationContext): Record<string, never> {
  const id = checkConfigId(input.Id);
  putConfig(ctx, input.Bucket, 'metrics', id, validateMetrics(input.MetricsConfiguration));
  return {};
}
