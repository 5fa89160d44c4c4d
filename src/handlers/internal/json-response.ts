import type { WireResponse } from '../../protocol/types.js';

export function jsonResponse(status: number, value: unknown): WireResponse {
  const body = Buffer.from(JSON.stringify(value, null, 2) + '\n');
  return { status, headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body };
}
