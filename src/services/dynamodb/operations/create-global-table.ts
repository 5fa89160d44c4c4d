import { AwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { checkJoining, globalTableDescription, legacyGlobalTablesTable, linkMembers } from '../model/legacy-global-tables.js';
import { checkName } from '../model/table-schema.js';

export interface CreateGlobalTableInput {
  GlobalTableName?: string;
  ReplicationGroup?: Array<{ RegionName?: string }>;
}

/**
 * Makes a legacy (2017.11.29) global table of existing same-name tables, one per region: each
 * must exist, be empty and stream NEW_AND_OLD_IMAGES. The answer shows CREATING.
 */
export function createGlobalTable(input: CreateGlobalTableInput, ctx: OperationContext): { GlobalTableDescription: Record<string, unknown> } {
  const name = checkName(input.GlobalTableName, 'globalTableName');
  const regions = (input.ReplicationGroup ?? []).map((r) => r.RegionName ?? '');
  if (regions.length === 0) throw invalidParameter('ReplicationGroup must contain at least one region');
  if (new Set(regions).size !== regions.length) throw invalidParameter('ReplicationGroup contains duplicate regions');
  const groups = ctx.table(legacyGlobalTablesTable);
  if (groups.has(name)) throw new AwsError('GlobalTableAlreadyExistsException', `Global table already exists: ${name}`);
  const first = checkJoining(ctx, name, regions[0]!, undefined);
  for (const region of regions.slice(1)) checkJoining(ctx, name, region, first);
  const row = { name, regions, createdMs: ctx.clock.now() };
  ctx.store.transaction(() => {
    groups.put(name, row);
    linkMembers(ctx, row);
  });
  return { GlobalTableDescription: globalTableDescription(ctx, row, 'CREATING') };
}
