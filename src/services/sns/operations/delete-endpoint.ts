import type { OperationContext } from '../../define-service.js';
import { parseEndpointArn } from '../model/platform.js';
import { platformTables } from '../platform-lookup.js';

/** Idempotent: deleting an endpoint that is gone succeeds. */
export function deleteEndpoint(input: { EndpointArn?: string }, ctx: OperationContext): Record<string, never> {
  const ref = parseEndpointArn(input.EndpointArn);
  platformTables(ctx, ref).endpoints.delete(ref.endpointKey);
  return {};
}
