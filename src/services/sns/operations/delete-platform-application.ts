import type { OperationContext } from '../../define-service.js';
import { parseApplicationArn } from '../model/platform.js';
import { platformTables } from '../platform-lookup.js';

/** Deletes an application and its endpoints; idempotent, as on AWS. */
export function deletePlatformApplication(input: { PlatformApplicationArn?: string }, ctx: OperationContext): Record<string, never> {
  const ref = parseApplicationArn(input.PlatformApplicationArn);
  const tables = platformTables(ctx, ref);
  ctx.store.transaction(() => {
    for (const row of tables.endpoints.list({ prefix: `${ref.key}/` })) tables.endpoints.delete(row.key);
    tables.applications.delete(ref.key);
  });
  return {};
}
