import type { OperationContext } from '../../define-service.js';

/** Endpoint discovery: the address clients reached Kumo on, cached for a day as AWS answers. */
export function describeEndpoints(_input: unknown, ctx: OperationContext): { Endpoints: Array<{ Address: string; CachePeriodInMinutes: number }> } {
  return { Endpoints: [{ Address: new URL(ctx.endpoint).host, CachePeriodInMinutes: 1440 }] };
}
