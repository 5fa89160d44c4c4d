import { AwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { defineTable } from '../../../store/types.js';
import { malformedXml } from '../errors.js';
import { requireBucket } from './buckets.js';
import { decodeToken, encodeToken } from './tokens.js';
import type { BucketRow } from '../store.js';

/*
 * A bucket's inventory, metrics and analytics configurations: up to 1,000 of each, by Id, in
 * their own table (a bucket row is read on every request; these are not). Rows remember the
 * bucket's creation time, so a bucket deleted and created again starts with none.
 */

export type ConfigKind = 'inventory' | 'metrics' | 'analytics';

export interface ConfigSetRow<C = Record<string, unknown>> {
  bucketCreatedMs: number;
  config: C;
}

export const configSetsTable = defineTable<ConfigSetRow>({ service: 's3', name: 'bucket-config-sets', scope: 'global' });

export const MAX_CONFIGURATIONS = 1000;
/** S3 lists these configurations 100 at a time. */
export const LIST_PAGE_SIZE = 100;

const ID = /^[A-Za-z0-9._-]{1,64}$/;

export const noSuchConfiguration = () => new AwsError('NoSuchConfiguration', 'The specified configuration does not exist.', { status: 404 });

const rowPrefix = (kind: ConfigKind, bucket: string) => `${kind}/${bucket}/`;

/** Letters, digits, periods, dashes and underscores, at most 64 (S3 answers MalformedXML otherwise). */
export function checkConfigId(id: unknown): string {
  if (typeof id !== 'string' || !ID.test(id)) throw malformedXml();
  return id;
}

function liveRows(ctx: OperationContext, bucket: BucketRow, kind: ConfigKind) {
  return ctx.table(configSetsTable).list({ prefix: rowPrefix(kind, bucket.name) }).filter((r) => r.value.bucketCreatedMs === bucket.createdMs);
}

/** Creates or replaces one configuration; a 1,001st is TooManyConfigurations. */
export function putConfig<C extends object>(ctx: OperationContext, bucketName: string, kind: ConfigKind, id: string, config: C): void {
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, bucketName);
    const table = ctx.table(configSetsTable);
    const key = rowPrefix(kind, bucket.name) + id;
    const existing = table.get(key);
    const replacing = existing !== undefined && existing.bucketCreatedMs === bucket.createdMs;
    if (!replacing && liveRows(ctx, bucket, kind).length >= MAX_CONFIGURATIONS) {
      throw new AwsError('TooManyConfigurations', 'You are attempting to create a new configuration but have already reached the 1,000-configuration limit.');
    }
    table.put(key, { bucketCreatedMs: bucket.createdMs, config: config as Record<string, unknown> });
  });
}

export function getConfig<C>(ctx: OperationContext, bucketName: string, kind: ConfigKind, id: string): C {
  const bucket = requireBucket(ctx, bucketName);
  const row = ctx.table(configSetsTable).get(rowPrefix(kind, bucket.name) + id);
  if (!row || row.bucketCreatedMs !== bucket.createdMs) throw noSuchConfiguration();
  return row.config as C;
}

export function deleteConfig(ctx: OperationContext, bucketName: string, kind: ConfigKind, id: string): void {
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, bucketName);
    const table = ctx.table(configSetsTable);
    const key = rowPrefix(kind, bucket.name) + id;
    const row = table.get(key);
    if (!row || row.bucketCreatedMs !== bucket.createdMs) throw noSuchConfiguration();
    table.delete(key);
  });
}

/** One page in Id order, with S3's IsTruncated / ContinuationToken / NextContinuationToken. */
export function listConfigs<C>(ctx: OperationContext, bucketName: string, kind: ConfigKind, token: string | undefined): { configs: C[]; page: Record<string, unknown> } {
  const bucket = requireBucket(ctx, bucketName);
  const prefix = rowPrefix(kind, bucket.name);
  const after = token === undefined ? undefined : prefix + decodeToken(token, 'continuation-token');
  const rows = ctx.table(configSetsTable)
    .list({ prefix, ...(after !== undefined ? { after } : {}) })
    .filter((r) => r.value.bucketCreatedMs === bucket.createdMs)
    .slice(0, LIST_PAGE_SIZE + 1);
  const truncated = rows.length > LIST_PAGE_SIZE;
  const shown = rows.slice(0, LIST_PAGE_SIZE);
  const page: Record<string, unknown> = { IsTruncated: truncated };
  if (token !== undefined) page.ContinuationToken = token;
  if (truncated) page.NextContinuationToken = encodeToken(shown[shown.length - 1]!.key.slice(prefix.length));
  return { configs: shown.map((r) => r.value.config as C), page };
}

/** Drops a bucket's configurations with it (DeleteBucket, inside its transaction). */
export function dropConfigSets(ctx: OperationContext, bucketName: string): void {
  const table = ctx.table(configSetsTable);
  for (const kind of ['inventory', 'metrics', 'analytics'] as const) table.deleteRange({ prefix: rowPrefix(kind, bucketName) });
}
