import type { OperationContext } from '../../define-service.js';
import { listConfigs } from '../model/config-sets.js';
import type { InventoryConfiguration } from '../model/inventory-config.js';

/** 100 configurations a page, in id order, with S3's continuation tokens. */
export function listBucketInventoryConfigurations(input: { Bucket: string; ContinuationToken?: string }, ctx: OperationContext): Record<string, unknown> {
  const { configs, page } = listConfigs<InventoryConfiguration>(ctx, input.Bucket, 'inventory', input.ContinuationToken);
  return { ...page, ...(configs.length > 0 ? { InventoryConfigurationList: configs } : {}) };
}
