import type { OperationContext } from '../../define-service.js';
import { decodeMarker, encodeMarker, pageLimit } from '../model/paging.js';
import { resolveKey } from '../model/resolve-key.js';

export function listResourceTags(input: { KeyId?: string; Limit?: number; Marker?: string }, ctx: OperationContext) {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  const limit = pageLimit(input.Limit, 50, 50);
  const after = decodeMarker(input.Marker);
  const sorted = [...row.tags].sort((a, b) => (a.TagKey < b.TagKey ? -1 : 1)).filter((t) => after === undefined || t.TagKey > after);
  const page = sorted.slice(0, limit);
  const truncated = sorted.length > limit;
  return { Tags: page, Truncated: truncated, ...(truncated ? { NextMarker: encodeMarker(page[page.length - 1].TagKey) } : {}) };
}
