import type { OperationContext } from '../../define-service.js';
import { parameterNotFound, required, ssmError, versionNotFound } from '../errors.js';
import { parametersTable, type ParameterRow, type ParameterVersion } from '../store.js';
import { expiryOf } from './parameter-policies.js';
import { parseSelector } from './names.js';

export function findParameter(ctx: OperationContext, name: unknown): ParameterRow {
  required(name, 'name');
  const table = ctx.table(parametersTable);
  const row = table.get(String(name));
  if (!row) throw parameterNotFound();
  // An expired parameter is gone even before the sweep runs.
  const expires = expiryOf(row.versions[row.versions.length - 1]);
  if (expires !== undefined && expires <= ctx.clock.now()) {
    table.delete(row.name);
    throw parameterNotFound();
  }
  return row;
}

/** A parameter and the version a `name[:version|:label]` selector picks (the latest without one). */
export function selectVersion(ctx: OperationContext, spec: string): { row: ParameterRow; version: ParameterVersion; selector?: string } {
  const parsed = parseSelector(spec);
  const row = findParameter(ctx, parsed.name);
  if (parsed.version !== undefined) {
    const version = row.versions.find((v) => v.version === parsed.version);
    if (!version) throw versionNotFound(parsed.name, parsed.version);
    return { row, version, selector: parsed.selector };
  }
  if (parsed.label !== undefined) {
    const version = row.versions.find((v) => v.labels.includes(parsed.label!));
    if (!version) throw ssmError('ParameterVersionNotFound', `Systems Manager could not find version ${parsed.label} of ${parsed.name}. Verify the version and try again.`);
    return { row, version, selector: parsed.selector };
  }
  return { row, version: row.versions[row.versions.length - 1] };
}
