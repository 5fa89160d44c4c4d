import type { OperationContext } from '../../define-service.js';
import { archiveNotFound, checkArchiveName, dropArchive } from '../model/archives.js';
import { archivesTable } from '../store.js';

/** Deletes the archive and the events it kept. */
export function deleteArchive(input: { ArchiveName?: string }, ctx: OperationContext) {
  const name = checkArchiveName(input.ArchiveName);
  if (!ctx.table(archivesTable).has(name)) throw archiveNotFound(name);
  dropArchive(ctx.store, ctx, name);
  return {};
}
