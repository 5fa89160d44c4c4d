import { AwsError } from '../../shared/aws-error.js';
import type { KumoRuntime } from '../../server/runtime.js';
import type { WireResponse } from '../../protocol/types.js';
import { jsonResponse } from './json-response.js';

/**
 * `GET /_kumo/clock` shows Kumo's time; `POST /_kumo/clock` with `{"advanceSeconds": 90}`,
 * `{"advanceMs": 90000}` or `{"offsetMs": N}` moves it forward (never back).
 */
export async function clockRoute(runtime: KumoRuntime, method: string, body: Buffer): Promise<WireResponse> {
  if (method === 'POST') {
    const request = parseJsonObject(body);
    const advanceMs = typeof request.advanceMs === 'number'
      ? request.advanceMs
      : typeof request.advanceSeconds === 'number'
        ? request.advanceSeconds * 1000
        : typeof request.offsetMs === 'number'
          ? request.offsetMs - runtime.clock.offsetMs
          : NaN;
    if (!Number.isFinite(advanceMs) || advanceMs < 0) {
      throw new AwsError('InvalidClockChange', 'Send {"advanceSeconds": N}, {"advanceMs": N} or {"offsetMs": N}; Kumo\'s clock only moves forward.');
    }
    runtime.clock.advance(advanceMs);
    // Answer after the work the move made due (expiries, deliveries) has run.
    await runtime.scheduler.idle();
  }
  return jsonResponse(200, { now: new Date(runtime.clock.now()).toISOString(), offsetMs: runtime.clock.offsetMs });
}

export function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new AwsError('InvalidRequest', 'The request body must be a JSON object.');
}
