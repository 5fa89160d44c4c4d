import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { checkEndpointAttributes } from '../model/platform.js';
import { findEndpoint } from '../platform-lookup.js';

/** Updates Token, Enabled or CustomUserData (re-enabling an endpoint after a token refresh, say). */
export function setEndpointAttributes(input: { EndpointArn?: string; Attributes?: Record<string, string> }, ctx: OperationContext): Record<string, never> {
  const found = findEndpoint(ctx, input.EndpointArn);
  const attributes = input.Attributes ?? {};
  if (Object.keys(attributes).length === 0) throw invalidParameter('Invalid parameter: Attributes Reason: Attributes cannot be empty');
  checkEndpointAttributes(attributes);
  found.endpoints.put(found.ref.endpointKey, { ...found.endpoint, attributes: { ...found.endpoint.attributes, ...attributes } });
  return {};
}
