import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, validation } from '../errors.js';
import { configurationOutput } from '../model/configuration.js';
import { functionsTable, versionsTable } from '../store.js';

export interface ListFunctionsInput {
  MasterRegion?: string;
  FunctionVersion?: string;
  Marker?: string;
  MaxItems?: number;
}

/**
 * Functions in name order, 50 per page unless MaxItems says fewer; `FunctionVersion: ALL`
 * lists every published version after each $LATEST. The marker is the last listed key.
 */
export function listFunctions(input: ListFunctionsInput, ctx: OperationContext): { Functions: Record<string, unknown>[]; NextMarker?: string } {
  if (input.MaxItems !== undefined && (input.MaxItems < 1 || input.MaxItems > 10000)) {
    throw validation(input.MaxItems, 'maxItems', 'Member must have value between 1 and 10000');
  }
  if (input.FunctionVersion !== undefined && input.FunctionVersion !== 'ALL') {
    throw validation(input.FunctionVersion, 'functionVersion', 'Member must satisfy enum value set: [ALL]');
  }
  const limit = Math.min(input.MaxItems ?? 50, 50);
  const entries: Array<{ key: string; item: Record<string, unknown> }> = [];
  let after: string | undefined;
  if (input.Marker !== undefined) {
    try {
      after = Buffer.from(input.Marker, 'base64url').toString('utf8');
    } catch {
      throw invalidParameterValue('Invalid marker');
    }
  }
  const versions = ctx.table(versionsTable);
  for (const { key, value } of ctx.table(functionsTable).list()) {
    const rows = [{ key: `${key}:`, item: configurationOutput(ctx, value.name, '$LATEST', value.latest) }];
    if (input.FunctionVersion === 'ALL') {
      for (const v of versions.list({ prefix: `${key}:` })) rows.push({ key: v.key, item: configurationOutput(ctx, value.name, v.value.version, v.value.config) });
    }
    for (const row of rows) if (after === undefined || row.key > after) entries.push(row);
    if (entries.length > limit) break;
  }
  const page = entries.slice(0, limit);
  const out: { Functions: Record<string, unknown>[]; NextMarker?: string } = { Functions: page.map((e) => e.item) };
  if (entries.length > limit) out.NextMarker = Buffer.from(page[page.length - 1]!.key).toString('base64url');
  return out;
}
