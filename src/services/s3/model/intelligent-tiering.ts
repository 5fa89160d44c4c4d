import { AwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { invalidArgument, malformedXml } from '../errors.js';
import { tieringAccessTable, VERSION_SEPARATOR, type BucketRow, type ObjectRow, type Tag } from '../store.js';

/* S3 Intelligent-Tiering archive configurations (PutBucketIntelligentTieringConfiguration) and the access timer they run on. */

export type ArchiveTier = 'ARCHIVE_ACCESS' | 'DEEP_ARCHIVE_ACCESS';

export interface TieringFilter {
  Prefix?: string;
  Tag?: Tag;
  And?: { Prefix?: string; Tags?: Tag[] };
}

/** Stored in AWS's wire member names, so Get and List return it as put. */
export interface IntelligentTieringConfig {
  Id: string;
  Filter?: TieringFilter;
  Status: 'Enabled' | 'Disabled';
  Tierings: Array<{ Days: number; AccessTier: ArchiveTier }>;
}

export interface WireTieringConfig {
  Id?: string;
  Filter?: TieringFilter;
  Status?: string;
  Tierings?: Array<{ Days?: number; AccessTier?: string }>;
}

/** Days of no access S3 accepts per tier: at least 90 / 180, at most two years. */
const MINIMUM_DAYS: Record<ArchiveTier, number> = { ARCHIVE_ACCESS: 90, DEEP_ARCHIVE_ACCESS: 180 };
const MAXIMUM_DAYS = 730;
export const MAX_CONFIGURATIONS = 1000;
/** Objects smaller than this stay in the Frequent Access tier: S3 does not monitor them. */
export const MINIMUM_MONITORED_SIZE = 128 * 1024;

export const noSuchConfiguration = () => new AwsError('NoSuchConfiguration', 'The specified configuration does not exist.', { status: 404 });

export const tooManyConfigurations = () =>
  new AwsError('TooManyConfigurations', 'You are attempting to create a new configuration but have already reached the 1,000-configuration limit.');

/** PutBucketIntelligentTieringConfiguration's checks; returns the configuration as stored. */
export function validateTieringConfig(id: string | undefined, wire: WireTieringConfig | undefined): IntelligentTieringConfig {
  if (!wire || id === undefined || id === '' || wire.Id !== id) throw malformedXml();
  if (wire.Status !== 'Enabled' && wire.Status !== 'Disabled') throw malformedXml();
  const tierings = wire.Tierings ?? [];
  if (tierings.length === 0) throw malformedXml();
  const seen = new Map<ArchiveTier, number>();
  for (const t of tierings) {
    if ((t.AccessTier !== 'ARCHIVE_ACCESS' && t.AccessTier !== 'DEEP_ARCHIVE_ACCESS') || t.Days === undefined || !Number.isInteger(t.Days)) throw malformedXml();
    if (seen.has(t.AccessTier)) throw invalidArgument(`All Access Tiers in a configuration must be unique. Found duplicate entry for ${t.AccessTier}.`, 'AccessTier', t.AccessTier);
    if (t.Days < MINIMUM_DAYS[t.AccessTier]) {
      throw invalidArgument(`Days specified in ${t.AccessTier} tier should not be less than ${MINIMUM_DAYS[t.AccessTier]}.`, 'Days', String(t.Days));
    }
    if (t.Days > MAXIMUM_DAYS) throw invalidArgument(`Days specified in ${t.AccessTier} tier should not be more than ${MAXIMUM_DAYS}.`, 'Days', String(t.Days));
    seen.set(t.AccessTier, t.Days);
  }
  const archive = seen.get('ARCHIVE_ACCESS');
  const deep = seen.get('DEEP_ARCHIVE_ACCESS');
  if (archive !== undefined && deep !== undefined && deep <= archive) {
    throw invalidArgument('Days specified in DEEP_ARCHIVE_ACCESS should be greater than days specified in ARCHIVE_ACCESS', 'Days', String(deep));
  }
  const filter = wire.Filter ? validateFilter(wire.Filter) : undefined;
  return {
    Id: id,
    ...(filter ? { Filter: filter } : {}),
    Status: wire.Status,
    Tierings: tierings.map((t) => ({ Days: t.Days!, AccessTier: t.AccessTier as ArchiveTier })),
  };
}

function validateFilter(f: TieringFilter): TieringFilter | undefined {
  const set = [f.Prefix, f.Tag, f.And].filter((x) => x !== undefined).length;
  if (set === 0) return undefined;
  if (set > 1) throw malformedXml();
  if (f.Tag && (f.Tag.Key === undefined || f.Tag.Value === undefined)) throw malformedXml();
  if (f.And) {
    const tags = f.And.Tags ?? [];
    if (tags.some((t) => t.Key === undefined || t.Value === undefined)) throw malformedXml();
    // An And joins at least two conditions.
    if (tags.length + (f.And.Prefix !== undefined ? 1 : 0) < 2) throw malformedXml();
  }
  return f;
}

/** Whether a configuration applies to an object: its prefix and every tag. */
export function tieringMatches(config: IntelligentTieringConfig, row: Pick<ObjectRow, 'key' | 'tags'>): boolean {
  const f = config.Filter;
  if (!f) return true;
  const prefix = f.Prefix ?? f.And?.Prefix ?? '';
  if (!row.key.startsWith(prefix)) return false;
  const tags: Tag[] = f.Tag ? [f.Tag] : (f.And?.Tags ?? []);
  return tags.every((t) => row.tags?.some((o) => o.Key === t.Key && o.Value === t.Value));
}

const accessKey = (bucket: string, row: Pick<ObjectRow, 'key' | 'versionId'>) => `${bucket}/${row.key}${VERSION_SEPARATOR}${row.versionId}`;

/** Accesses closer together than this are not written again (the sweep runs once a minute). */
const ACCESS_GRANULARITY_MS = 60_000;

/**
 * A read of an INTELLIGENT_TIERING object restarts its no-access timer (S3 counts GET, not
 * HEAD). Other classes pay nothing.
 */
export function recordTieringAccess(ctx: Pick<OperationContext, 'table' | 'clock'>, bucket: BucketRow, row: ObjectRow): void {
  if (row.storageClass !== 'INTELLIGENT_TIERING') return;
  const now = ctx.clock.now();
  const table = ctx.table(tieringAccessTable);
  const key = accessKey(bucket.name, row);
  const last = table.get(key)?.lastAccessMs;
  if (last === undefined || now - last >= ACCESS_GRANULARITY_MS) table.put(key, { lastAccessMs: now });
}

/** When the object was last written, read, or brought back from an archive tier. */
export function lastAccessMs(ctx: Pick<OperationContext, 'table'>, bucket: BucketRow, row: ObjectRow): number {
  return Math.max(row.lastModifiedMs, ctx.table(tieringAccessTable).get(accessKey(bucket.name, row))?.lastAccessMs ?? 0);
}

export function setLastAccess(ctx: Pick<OperationContext, 'table'>, bucket: BucketRow, row: ObjectRow, ms: number): void {
  ctx.table(tieringAccessTable).put(accessKey(bucket.name, row), { lastAccessMs: ms });
}
