import type { OperationContext } from '../../define-service.js';
import { decodeMarker, encodeMarker, pageLimit } from '../model/paging.js';
import { rotatableKey } from '../model/rotation.js';

export function listKeyRotations(input: { KeyId?: string; Limit?: number; Marker?: string }, ctx: OperationContext) {
  const row = rotatableKey(ctx, input.KeyId, { requireEnabled: false });
  const limit = pageLimit(input.Limit, 1000, 100);
  const start = Number(decodeMarker(input.Marker) ?? 0);
  const all = row.rotations.map((r) => ({ KeyId: row.keyId, RotationDate: new Date(r.ms), RotationType: r.type }));
  const page = all.slice(start, start + limit);
  const truncated = start + limit < all.length;
  return { Rotations: page, Truncated: truncated, ...(truncated ? { NextMarker: encodeMarker(String(start + limit)) } : {}) };
}
