import type { OperationContext } from '../../define-service.js';
import { invalidValue, missingParameter } from '../errors.js';
import { resolveQueue } from '../model/queues.js';
import { policyOf, type PolicyStatement } from './remove-permission.js';

export interface AddPermissionInput {
  QueueUrl?: string;
  Label?: string;
  AWSAccountIds?: string[];
  Actions?: string[];
}

const ACTIONS = new Set([
  '*', 'SendMessage', 'ReceiveMessage', 'DeleteMessage', 'ChangeMessageVisibility', 'GetQueueAttributes', 'GetQueueUrl',
  'ListDeadLetterSourceQueues', 'PurgeQueue', 'ListQueueTags', 'SendMessageBatch', 'DeleteMessageBatch', 'ChangeMessageVisibilityBatch',
]);

/** Adds a statement to the queue's Policy granting accounts the actions, as AWS writes it. */
export function addPermission(input: AddPermissionInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  if (!input.Label) throw missingParameter('Label');
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(input.Label)) throw invalidValue('Label', input.Label, 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
  if (!input.AWSAccountIds?.length) throw missingParameter('AWSAccountId');
  if (!input.Actions?.length) throw missingParameter('ActionName');
  for (const action of input.Actions) {
    if (!ACTIONS.has(action)) throw invalidValue('ActionName.1', action, `Please refer to the appropriate WSDL for a list of valid actions.`);
  }
  const policy = policyOf(q.row.attributes.Policy, q.arn);
  if (policy.Statement.some((s) => s.Sid === input.Label)) throw invalidValue('Label', input.Label, 'Already exists.');
  const principals = input.AWSAccountIds.map((id) => `arn:aws:iam::${id}:root`);
  const actions = input.Actions.map((a) => `SQS:${a}`);
  const statement: PolicyStatement = {
    Sid: input.Label,
    Effect: 'Allow',
    Principal: { AWS: principals.length === 1 ? principals[0]! : principals },
    Action: actions.length === 1 ? actions[0]! : actions,
    Resource: q.arn,
  };
  policy.Statement.push(statement);
  q.tables.queues.put(q.address.name, { ...q.row, attributes: { ...q.row.attributes, Policy: JSON.stringify(policy) }, modified: ctx.clock.now() });
  return {};
}
