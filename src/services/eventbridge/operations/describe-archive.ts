import type { OperationContext } from '../../define-service.js';
import { archiveDescription, archiveNotFound, checkArchiveName, trimArchive } from '../model/archives.js';
import { archivesTable } from '../store.js';

export function describeArchive(input: { ArchiveName?: string }, ctx: OperationContext) {
  const name = checkArchiveName(input.ArchiveName);
  const archive = ctx.table(archivesTable).get(name);
  if (!archive) throw archiveNotFound(name);
  // Counts as of now: events past their retention are gone even between retention sweeps.
  trimArchive(ctx.store, ctx, archive, ctx.clock.now());
  return archiveDescription(archive, ctx);
}
