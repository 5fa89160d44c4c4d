import type { OperationContext } from '../../define-service.js';
import { findEndpoint } from '../platform-lookup.js';

export function getEndpointAttributes(input: { EndpointArn?: string }, ctx: OperationContext): { Attributes: Record<string, string> } {
  return { Attributes: { ...findEndpoint(ctx, input.EndpointArn).endpoint.attributes } };
}
