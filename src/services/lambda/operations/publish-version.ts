import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, preconditionFailed } from '../errors.js';
import { parseFunctionName, versionKey, type FunctionRecord, type VersionRecord } from '../model.js';
import { configurationOutput } from '../model/configuration.js';
import { ensureNotUpdating, loadFunction } from '../model/lookup.js';
import { functionsTable, versionsTable } from '../store.js';

export interface PublishVersionInput {
  FunctionName: string;
  CodeSha256?: string;
  Description?: string;
  RevisionId?: string;
}

export function publishVersion(input: PublishVersionInput, ctx: OperationContext): Record<string, unknown> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  if (input.RevisionId !== undefined && input.RevisionId !== record.latest.revisionId) throw preconditionFailed();
  if (input.CodeSha256 !== undefined && input.CodeSha256 !== record.latest.code.sha256) {
    throw invalidParameterValue(`CodeSHA256 (${input.CodeSha256}) is different from current CodeSHA256 in $LATEST (${record.latest.code.sha256}). Please try again with the CodeSHA256 in $LATEST.`);
  }
  ensureNotUpdating(ctx, record);
  const published = ctx.store.transaction(() => publishVersionOf(ctx, record, input.Description));
  return configurationOutput(ctx, record.name, published.version, published.config);
}

/**
 * Freezes $LATEST as the next version, unless the newest version already has the same code
 * and configuration (AWS then returns that version rather than publishing a duplicate).
 */
export function publishVersionOf(ctx: OperationContext, record: FunctionRecord, description: string | undefined): VersionRecord {
  const versions = ctx.table(versionsTable);
  if (record.lastVersion > 0) {
    const newest = versions.get(versionKey(record.name, record.lastVersion));
    if (newest && sameConfig(newest, record, description)) return newest;
  }
  const version = String(record.lastVersion + 1);
  const row: VersionRecord = {
    version,
    config: { ...record.latest, description: description ?? record.latest.description, state: 'Active', lastUpdateStatus: 'Successful' },
  };
  delete row.config.stateReason;
  delete row.config.stateReasonCode;
  versions.put(versionKey(record.name, version), row);
  record.lastVersion += 1;
  ctx.table(functionsTable).put(record.name, record);
  return row;
}

function sameConfig(newest: VersionRecord, record: FunctionRecord, description: string | undefined): boolean {
  const strip = ({ revisionId: _r, lastModified: _l, state: _s, stateReason: _sr, stateReasonCode: _sc, lastUpdateStatus: _u, description: _d, ...rest }: VersionRecord['config']) => JSON.stringify(rest);
  return strip(newest.config) === strip(record.latest) && (description === undefined || description === newest.config.description);
}
