import type { ResourcePolicyAnswer, ResourcePolicyRequest } from '../../policy/index.js';
import type { Store } from '../../store/types.js';
import { busesTable } from './store.js';

const BUS_ARN = /^arn:aws[\w-]*:events:([a-z0-9-]+):(\d{12}):event-bus\/(.+)$/;

/**
 * The bus policy the authorize step evaluates (KUMO_ENFORCE_IAM=1), read in the bus's own
 * account and region, so cross-account PutEvents is judged by it and a Deny in it counts for
 * the owner's own principals too.
 */
export function eventBusPolicy(request: ResourcePolicyRequest): ResourcePolicyAnswer | undefined {
  const match = BUS_ARN.exec(request.resourceArn);
  if (!match) return undefined;
  const [, region, accountId, name] = match as unknown as [string, string, string, string];
  const bus = (request.store as Store).table(busesTable, { accountId, region }).get(name);
  if (!bus?.policy) return undefined;
  return { policy: bus.policy, accountId };
}
