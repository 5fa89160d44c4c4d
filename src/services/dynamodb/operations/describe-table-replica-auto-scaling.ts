import type { OperationContext } from '../../define-service.js';
import { tableAutoScalingDescription } from '../model/replica-auto-scaling.js';
import { requireTableNamed } from '../model/tables.js';

/** The auto scaling settings recorded for every replica of a table (UpdateTableReplicaAutoScaling, UpdateGlobalTableSettings). */
export function describeTableReplicaAutoScaling(input: { TableName?: string }, ctx: OperationContext): { TableAutoScalingDescription: Record<string, unknown> } {
  return { TableAutoScalingDescription: tableAutoScalingDescription(ctx, requireTableNamed(ctx, input.TableName)) };
}
