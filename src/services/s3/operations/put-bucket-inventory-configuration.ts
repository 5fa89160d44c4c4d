import type { OperationContext } from '../../define-service.js';
import { checkConfigId, putConfig } from '../model/config-sets.js';
import { validateInventory, type InventoryConfiguration } from '../model/inventory-config.js';

export interface PutBucketInventoryConfigurationInput {
  Bucket: string;
  Id: string;
  InventoryConfiguration?: InventoryConfiguration;
}

/** Creates or replaces the configuration named by `id` (up to 1,000 per bucket). CSV reports are written to the destination bucket on the schedule (model/inventory-report.ts). */
export function putBucketInventoryConfiguration(input: PutBucketInventoryConfigurationInput, ctx: OperationContext): Record<string, never> {
  const id = checkConfigId(input.Id);
  putConfig(ctx, input.Bucket, 'inventory', id, validateInventory(input.InventoryConfiguration));
  return {};
}
