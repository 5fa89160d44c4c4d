import type { OperationContext } from '../../define-service.js';
import { archiveArn, archiveNotFound, checkArchiveName, checkRetention, indexRetention, trimArchive } from '../model/archives.js';
import { parseEventPattern } from '../patterns/index.js';
import { archivesTable } from '../store.js';

interface UpdateArchiveInput {
  ArchiveName?: string;
  Description?: string;
  EventPattern?: string;
  RetentionDays?: number;
}

/** Changes what the archive takes from now on and how long it keeps events (a shorter retention trims at once). */
export function updateArchive(input: UpdateArchiveInput, ctx: OperationContext) {
  const name = checkArchiveName(input.ArchiveName);
  const archives = ctx.table(archivesTable);
  const archive = archives.get(name);
  if (!archive) throw archiveNotFound(name);
  if (input.EventPattern) parseEventPattern(input.EventPattern);
  if (input.Description !== undefined) archive.description = input.Description;
  if (input.EventPattern !== undefined) {
    if (input.EventPattern) archive.eventPattern = input.EventPattern;
    else delete archive.eventPattern;
  }
  if (input.RetentionDays !== undefined) archive.retentionDays = checkRetention(input.RetentionDays);
  ctx.store.transaction(() => {
    archives.put(name, archive);
    indexRetention(ctx.store, ctx, archive);
  });
  trimArchive(ctx.store, ctx, archive, ctx.clock.now());
  return { ArchiveArn: archiveArn(ctx.region, ctx.accountId, name), State: archive.state, CreationTime: new Date(archive.createdMs) };
}
