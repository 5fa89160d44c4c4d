import type { OperationContext } from '../../define-service.js';

/** What lookups need: the scope and its tables (an operation's context, or a background worker's view). */
export type LookupContext = Pick<OperationContext, 'accountId' | 'region' | 'table'>;
import { functionNotFound, resourceConflict } from '../errors.js';
import { aliasKey, functionArn, isVersionNumber, parseFunctionName, versionKey, type AliasRecord, type FunctionConfig, type FunctionRecord } from '../model.js';
import { aliasesTable, functionsTable, versionsTable } from '../store.js';

export function loadFunction(ctx: LookupContext, name: string): FunctionRecord {
  const record = ctx.table(functionsTable).get(name);
  if (!record) throw functionNotFound(functionArn(ctx, name));
  return record;
}

export interface ResolvedFunction {
  record: FunctionRecord;
  /** '$LATEST' or a version number. */
  version: string;
  config: FunctionConfig;
  alias?: AliasRecord;
}

/** A function and the version a FunctionName (and Qualifier) names; an alias names its main version. */
export function resolveFunction(ctx: LookupContext, functionName: string, qualifier?: string): ResolvedFunction {
  const ref = parseFunctionName(functionName, qualifier, ctx);
  const record = loadFunction(ctx, ref.name);
  if (ref.qualifier === undefined || ref.qualifier === '$LATEST') return { record, version: '$LATEST', config: record.latest };
  if (isVersionNumber(ref.qualifier)) return { record, ...versionOf(ctx, record, ref.qualifier) };
  const alias = ctx.table(aliasesTable).get(aliasKey(record.name, ref.qualifier));
  if (!alias) throw functionNotFound(functionArn(ctx, record.name, ref.qualifier));
  return { record, ...versionOf(ctx, record, alias.functionVersion), alias };
}

export function versionOf(ctx: LookupContext, record: FunctionRecord, version: string): { version: string; config: FunctionConfig } {
  if (version === '$LATEST') return { version, config: record.latest };
  const row = ctx.table(versionsTable).get(versionKey(record.name, version));
  if (!row) throw functionNotFound(functionArn(ctx, record.name, version));
  return { version, config: row.config };
}

/** Every blob a function's versions still point at (so replaced code is deleted only when unused). */
export function referencedBlobs(ctx: LookupContext, record: FunctionRecord): Set<string> {
  const blobs = new Set([record.latest.code.blobId]);
  for (const row of ctx.table(versionsTable).list({ prefix: `${record.name}:` })) blobs.add(row.value.config.code.blobId);
  return blobs;
}

/** AWS refuses changes while the previous one is still being applied. */
export function ensureNotUpdating(ctx: LookupContext, record: FunctionRecord): void {
  if (record.latest.lastUpdateStatus === 'InProgress' || record.latest.state === 'Pending') {
    throw resourceConflict(`The operation cannot be performed at this time. An update is in progress for resource: ${functionArn(ctx, record.name)}`);
  }
}
