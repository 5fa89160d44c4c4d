import type { OperationContext } from '../../define-service.js';
import { requireTableNamed } from '../model/tables.js';

/** ENABLED or DISABLED with the attribute; Kumo applies changes at once, so ENABLING/DISABLING are never seen. */
export function describeTimeToLive(input: { TableName?: string }, ctx: OperationContext): Record<string, unknown> {
  const table = requireTableNamed(ctx, input.TableName);
  const ttl = table.ttl;
  if (!ttl) return { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } };
  return { TimeToLiveDescription: { TimeToLiveStatus: ttl.enabled ? 'ENABLED' : 'DISABLED', ...(ttl.enabled ? { AttributeName: ttl.attributeName } : {}) } };
}
