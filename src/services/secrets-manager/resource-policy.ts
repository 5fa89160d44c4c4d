import type { ResourcePolicyAnswer, ResourcePolicyRequest } from '../../policy/index.js';
import type { Store } from '../../store/types.js';
import { secretsTable } from './store.js';

/**
 * A secret's resource policy for the authorize step. The request names the secret by name
 * (request-resource makes an ARN without the random suffix) or by full or partial ARN.
 */
export function secretResourcePolicy(request: ResourcePolicyRequest): ResourcePolicyAnswer | undefined {
  const match = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):(\d{12}):secret:(.+)$/.exec(request.resourceArn);
  if (!match) return undefined;
  const [, region, accountId, tail] = match;
  const table = (request.store as Store).table(secretsTable, { accountId, region });
  const suffixed = /^(.*)-[A-Za-z0-9]{6}$/.exec(tail);
  const row = (suffixed && table.get(suffixed[1])?.arn === request.resourceArn ? table.get(suffixed[1]) : undefined) ?? table.get(tail);
  return row?.policy ? { policy: row.policy, accountId } : undefined;
}
