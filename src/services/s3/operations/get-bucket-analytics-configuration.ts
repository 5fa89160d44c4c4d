import type { OperationContext } from '../../define-service.js';
import { getConfig } from '../model/config-sets.js';
import type { AnalyticsConfiguration } from '../model/analytics-config.js';

/** 404 NoSuchConfiguration for an unknown id. */
export function getBucketAnalyticsConfiguration(input: { Bucket: string; Id: string }, ctx: OperationContext): { AnalyticsConfiguration: AnalyticsConfiguration } {
  return { AnalyticsConfiguration: getConfig<AnalyticsConfiguration>(ctx, input.Bucket, 'analytics', input.Id) };
}
