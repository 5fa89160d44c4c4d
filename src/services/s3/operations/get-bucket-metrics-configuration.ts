import type { OperationContext } from '../../define-service.js';
import { getConfig } from '../model/config-sets.js';
import type { MetricsConfiguration } from '../model/bucket-metrics-config.js';

/** 404 NoSuchConfiguration for an unknown id. */
export function getBucketMetricsConfiguration(input: { Bucket: string; Id: string }, ctx: OperationContext): { MetricsConfiguration: MetricsConfiguration } {
  return { MetricsConfiguration: getConfig<MetricsConfiguration>(ctx, input.Bucket, 'metrics', input.Id) };
}
