import type { OperationContext } from '../../define-service.js';
import { globalTableDescription, legacyGroup } from '../model/legacy-global-tables.js';

/** A legacy (2017.11.29) global table; 2019.11.21 replicas are not legacy groups and are not found here, as in DynamoDB. */
export function describeGlobalTable(input: { GlobalTableName?: string }, ctx: OperationContext): { GlobalTableDescription: Record<string, unknown> } {
  return { GlobalTableDescription: globalTableDescription(ctx, legacyGroup(ctx, input.GlobalTableName)) };
}
