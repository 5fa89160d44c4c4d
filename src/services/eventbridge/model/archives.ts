import type { AwsError } from '../../../shared/aws-error.js';
import type { Store } from '../../../store/types.js';
import { constraintViolation, resourceNotFound } from '../errors.js';
import { eventMatches } from '../patterns/index.js';
import {
  archivedEventKey, archivedEventsTable, archivesTable, padMs, retainedArchivesTable, type ArchiveRow,
} from '../store.js';
import type { EventEnvelope } from './envelope.js';

const DAY_MS = 86_400_000;
const GLOBAL = { accountId: '', region: '' };

export function archiveArn(region: string, accountId: string, name: string): string {
  return `arn:aws:events:${region}:${accountId}:archive/${name}`;
}

/** Stores the event in every enabled archive of its bus whose pattern it matches (all events when none). */
export function archiveEvent(store: Store, scope: { accountId: string; region: string; bus: string }, event: EventEnvelope, arrivedMs: number): void {
  const archives = store.table(archivesTable, scope);
  const takers = archives.list().map((r) => r.value)
    .filter((a) => a.bus === scope.bus && a.state === 'ENABLED' && (a.eventPattern === undefined || eventMatches(a.eventPattern, event)));
  if (takers.length === 0) return;
  const size = Buffer.byteLength(JSON.stringify(event), 'utf8');
  const events = store.table(archivedEventsTable, scope);
  store.transaction(() => {
    for (const archive of takers) {
      events.put(archivedEventKey(archive.name, arrivedMs, event.id), { event: { ...event }, arrivedMs, size });
      archive.eventCount += 1;
      archive.sizeBytes += size;
      archives.put(archive.name, archive);
    }
  });
}

/** Drops the events older than the archive's retention period (none when RetentionDays is 0). */
export function trimArchive(store: Store, scope: { accountId: string; region: string }, archive: ArchiveRow, nowMs: number): void {
  if (archive.retentionDays <= 0) return;
  const events = store.table(archivedEventsTable, scope);
  const range = { start: `${archive.name}/`, end: `${archive.name}/${padMs(nowMs - archive.retentionDays * DAY_MS)}` };
  const expired = events.list(range);
  if (expired.length === 0) return;
  store.transaction(() => {
    events.deleteRange(range);
    archive.eventCount = Math.max(0, archive.eventCount - expired.length);
    archive.sizeBytes = Math.max(0, archive.sizeBytes - expired.reduce((sum, r) => sum + r.value.size, 0));
    store.table(archivesTable, scope).put(archive.name, archive);
  });
}

/** The retention sweep's index: archives with a retention period, wherever they are. */
export function indexRetention(store: Store, scope: { accountId: string; region: string }, archive: ArchiveRow): void {
  const index = store.table(retainedArchivesTable, GLOBAL);
  const key = `${scope.accountId}/${scope.region}/${archive.name}`;
  if (archive.retentionDays > 0) index.put(key, { ...scope, name: archive.name });
  else index.delete(key);
}

export function unindexRetention(store: Store, scope: { accountId: string; region: string }, name: string): void {
  store.table(retainedArchivesTable, GLOBAL).delete(`${scope.accountId}/${scope.region}/${name}`);
}

/** Run on Kumo's clock (hourly, and when time jumps): trims every archive with a retention period. */
export function sweepRetention(store: Store, nowMs: number): void {
  for (const { value } of store.table(retainedArchivesTable, GLOBAL).list()) {
    const scope = { accountId: value.accountId, region: value.region };
    const archive = store.table(archivesTable, scope).get(value.name);
    if (archive) trimArchive(store, scope, archive, nowMs);
  }
}

/** Deletes an archive with its events. */
export function dropArchive(store: Store, scope: { accountId: string; region: string }, name: string): void {
  store.transaction(() => {
    store.table(archivesTable, scope).delete(name);
    store.table(archivedEventsTable, scope).deleteRange({ prefix: `${name}/` });
    unindexRetention(store, scope, name);
  });
}

const ARCHIVE_NAME = /^[.\-_A-Za-z0-9]+$/;

export function checkArchiveName(value: unknown, member = 'archiveName'): string {
  const name = typeof value === 'string' ? value : '';
  if (name.length < 1) throw constraintViolation(name, member, 'Member must have length greater than or equal to 1');
  if (name.length > 48) throw constraintViolation(name, member, 'Member must have length less than or equal to 48');
  if (!ARCHIVE_NAME.test(name)) throw constraintViolation(name, member, 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+');
  return name;
}

export function archiveNotFound(name: string): AwsError {
  return resourceNotFound(`Archive ${name} does not exist.`);
}

export function checkRetention(days: number | undefined): number {
  if (days === undefined) return 0;
  if (!Number.isInteger(days) || days < 0) throw constraintViolation(days, 'retentionDays', 'Member must have value greater than or equal to 0');
  return days;
}

/** DescribeArchive's view; ListArchives drops ArchiveArn, Description and EventPattern. */
export function archiveDescription(archive: ArchiveRow, scope: { accountId: string; region: string }) {
  return {
    ArchiveArn: archiveArn(scope.region, scope.accountId, archive.name),
    ArchiveName: archive.name,
    EventSourceArn: archive.sourceArn,
    Description: archive.description,
    EventPattern: archive.eventPattern,
    State: archive.state,
    RetentionDays: archive.retentionDays,
    SizeBytes: archive.sizeBytes,
    EventCount: archive.eventCount,
    CreationTime: new Date(archive.createdMs),
  };
}
