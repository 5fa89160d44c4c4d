import type { OperationContext } from '../../define-service.js';
import { parseFunctionName } from '../model.js';
import { configurationOutput } from '../model/configuration.js';
import { loadFunction } from '../model/lookup.js';
import { versionsTable } from '../store.js';

export function listVersionsByFunction(input: { FunctionName: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  const all = [
    configurationOutput(ctx, record.name, '$LATEST', record.latest),
    ...ctx.table(versionsTable).list({ prefix: `${record.name}:` }).map((r) => configurationOutput(ctx, record.name, r.value.version, r.value.config)),
  ];
  const start = input.Marker ? Math.max(0, all.findIndex((v) => v.Version === input.Marker) + 1) : 0;
  const limit = Math.min(input.MaxItems ?? 50, 50);
  const page = all.slice(start, start + limit);
  const out: Record<string, unknown> = { Versions: page };
  if (start + limit < all.length) out.NextMarker = String(page[page.length - 1]!.Version);
  return out;
}
