import type { OperationContext } from '../../define-service.js';
import { listConfigs } from '../model/config-sets.js';
import type { MetricsConfiguration } from '../model/bucket-metrics-config.js';

/** 100 configurations a page, in id order, with S3's continuation tokens. */
export function listBucketMetricsConfigurations(input: { Bucket: string; ContinuationToken?: string }, ctx: OperationContext): Record<string, unknown> {
  const { configs, page } = listConfigs<MetricsConfiguration>(ctx, input.Bucket, 'metrics', input.ContinuationToken);
  return { ...page, ...(configs.length > 0 ? { MetricsConfigurationList: configs } : {}) };
}
