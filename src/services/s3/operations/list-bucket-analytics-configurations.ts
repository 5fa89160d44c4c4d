import type { OperationContext } from '../../define-service.js';
import { listConfigs } from '../model/config-sets.js';
import type { AnalyticsConfiguration } from '../model/analytics-config.js';

/** 100 configurations a page, in id order, with S3's continuation tokens. */
export function listBucketAnalyticsConfigurations(input: { Bucket: string; ContinuationToken?: string }, ctx: OperationContext): Record<string, unknown> {
  const { configs, page } = listConfigs<AnalyticsConfiguration>(ctx, input.Bucket, 'analytics', input.ContinuationToken);
  return { ...page, ...(configs.length > 0 ? { AnalyticsConfigurationList: configs } : {}) };
}
