import type { OperationContext } from '../../define-service.js';
import { getConfig } from '../model/config-sets.js';
import type { InventoryConfiguration } from '../model/inventory-config.js';

/** 404 NoSuchConfiguration for an unknown id. */
export function getBucketInventoryConfiguration(input: { Bucket: string; Id: string }, ctx: OperationContext): { InventoryConfiguration: InventoryConfiguration } {
  return { InventoryConfiguration: getConfig<InventoryConfiguration>(ctx, input.Bucket, 'inventory', input.Id) };
}
