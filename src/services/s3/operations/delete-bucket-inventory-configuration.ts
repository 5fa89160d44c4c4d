import type { OperationContext } from '../../define-service.js';
import { deleteConfig } from '../model/config-sets.js';

/** 204; an unknown id is 404 NoSuchConfiguration. */
export function deleteBucketInventoryConfiguration(input: { Bucket: string; Id: string }, ctx: OperationContext): Record<string, never> {
  deleteConfig(ctx, input.Bucket, 'inventory', input.Id);
  return {};
}
