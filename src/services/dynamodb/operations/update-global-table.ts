import { AwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { checkEmpty, checkJoining, globalTableDescription, legacyGlobalTablesTable, legacyGroup, linkMembers, memberTable } from '../model/legacy-global-tables.js';

export interface UpdateGlobalTableInput {
  GlobalTableName?: string;
  ReplicaUpdates?: Array<{ Create?: { RegionName?: string }; Delete?: { RegionName?: string } }>;
}

/**
 * Adds or removes regions of a legacy global table. A joining table must be empty like the
 * others (legacy global tables copy no existing data); a removed table keeps its items and
 * stops replicating. The answer shows UPDATING.
 */
export function updateGlobalTable(input: UpdateGlobalTableInput, ctx: OperationContext): { GlobalTableDescription: Record<string, unknown> } {
  const row = legacyGroup(ctx, input.GlobalTableName);
  const updates = input.ReplicaUpdates ?? [];
  if (updates.length === 0) throw invalidParameter('ReplicaUpdates must not be empty');
  const regions = [...row.regions];
  const left: string[] = [];
  for (const update of updates) {
    if ((update.Create === undefined) === (update.Delete === undefined)) throw invalidParameter('ReplicaUpdates must have exactly one of Create or Delete');
    const region = (update.Create ?? update.Delete)!.RegionName ?? '';
    if (update.Create) {
      if (regions.includes(region)) throw new AwsError('ReplicaAlreadyExistsException', `Replica already exists in region: ${region}`);
      checkJoining(ctx, row.name, region, memberTable(ctx, row.name, regions[0] ?? region));
      for (const member of regions) checkEmpty(ctx, row.name, member);
      regions.push(region);
    } else {
      if (!regions.includes(region)) throw new AwsError('ReplicaNotFoundException', `Replica not found in region: ${region}`);
      regions.splice(regions.indexOf(region), 1);
      left.push(region);
    }
  }
  const next = { ...row, regions };
  ctx.store.transaction(() => {
    const groups = ctx.table(legacyGlobalTablesTable);
    if (regions.length === 0) groups.delete(row.name);
    else groups.put(row.name, next);
    linkMembers(ctx, next, left);
  });
  return { GlobalTableDescription: globalTableDescription(ctx, next, 'UPDATING') };
}
