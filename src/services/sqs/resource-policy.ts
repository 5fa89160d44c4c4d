import type { Store } from '../../store/types.js';
import type { ResourcePolicyAnswer, ResourcePolicyRequest } from '../../policy/index.js';
import { parseQueueArn } from './model/queue-url.js';
import { queuesTable } from './store.js';

/**
 * The queue policy the authorize step evaluates (KUMO_ENFORCE_IAM=1): the Policy attribute of
 * the queue the request's ARN names, read in the owner's account and region, so a policy that
 * grants another account SendMessage lets that account send, as on AWS.
 */
export function sqsQueuePolicy(request: ResourcePolicyRequest): ResourcePolicyAnswer | undefined {
  const address = parseQueueArn(request.resourceArn);
  if (!address) return undefined;
  const store = request.store as Store;
  const row = store.table(queuesTable, { accountId: address.accountId, region: address.region }).get(address.name);
  if (!row) return undefined;
  return { policy: row.attributes.Policy || ownerOnlyPolicy(request.resourceArn, address.accountId), accountId: address.accountId };
}

/**
 * A queue without a Policy is the owner account's alone: another account's principals are
 * denied whatever their own policies say, as on AWS (the owner's users still need theirs).
 */
function ownerOnlyPolicy(queueArn: string, accountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sqs:*', Resource: queueArn }],
  });
}
