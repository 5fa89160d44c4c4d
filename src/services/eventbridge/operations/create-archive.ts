import type { OperationContext } from '../../define-service.js';
import { alreadyExists, busNotFound, validation } from '../errors.js';
import { findBus } from '../model/buses.js';
import { archiveArn, checkArchiveName, checkRetention, indexRetention } from '../model/archives.js';
import { parseBusName } from '../model/names.js';
import { parseEventPattern } from '../patterns/index.js';
import { archivesTable, type ArchiveRow } from '../store.js';

interface CreateArchiveInput {
  ArchiveName?: string;
  EventSourceArn?: string;
  Description?: string;
  EventPattern?: string;
  RetentionDays?: number;
}

/** An archive of one bus of this account and region: from now on, every event the bus takes that matches. */
export function createArchive(input: CreateArchiveInput, ctx: OperationContext) {
  const name = checkArchiveName(input.ArchiveName);
  const retentionDays = checkRetention(input.RetentionDays);
  const source = input.EventSourceArn ?? '';
  const ref = parseBusName(source);
  if (ref.accountId === undefined) throw validation('Parameter EventSourceArn is not valid. Reason: Provided Arn is not in correct format.');
  if (ref.accountId !== ctx.accountId || ref.region !== ctx.region || !findBus(ctx, ref.name)) throw busNotFound(ref.name);
  const pattern = input.EventPattern || undefined;
  if (pattern !== undefined) parseEventPattern(pattern);
  const archives = ctx.table(archivesTable);
  if (archives.has(name)) throw alreadyExists(`Archive ${name} already exists.`);
  const row: ArchiveRow = {
    name, sourceArn: source, bus: ref.name, retentionDays, state: 'ENABLED', createdMs: ctx.clock.now(), eventCount: 0, sizeBytes: 0,
    ...(input.Description !== undefined ? { description: input.Description } : {}),
    ...(pattern !== undefined ? { eventPattern: pattern } : {}),
  };
  ctx.store.transaction(() => {
    archives.put(name, row);
    indexRetention(ctx.store, ctx, row);
  });
  return { ArchiveArn: archiveArn(ctx.region, ctx.accountId, name), State: row.state, CreationTime: new Date(row.createdMs) };
}
