import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { defaultPolicy } from '../model/topic-attributes.js';
import { findTopic } from '../topic-lookup.js';

export interface AddPermissionInput {
  TopicArn?: string;
  Label?: string;
  AWSAccountId?: string[];
  ActionName?: string[];
}

interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: Array<Record<string, unknown>>;
}

export function policyDocument(text: string | undefined, topicArn: string, owner: string): PolicyDocument {
  const parsed = JSON.parse(text || defaultPolicy(topicArn, owner)) as Partial<PolicyDocument>;
  const statement = parsed.Statement;
  return { ...parsed, Statement: Array.isArray(statement) ? statement : statement ? [statement] : [] };
}

/** Adds a statement with Sid = Label granting the accounts the actions, as SNS writes it. */
export function addPermission(input: AddPermissionInput, ctx: OperationContext): Record<string, never> {
  const found = findTopic(ctx, input.TopicArn);
  const label = input.Label ?? '';
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(label)) throw invalidParameter('Invalid parameter: Label');
  const accounts = input.AWSAccountId ?? [];
  const actions = input.ActionName ?? [];
  if (!accounts.length) throw invalidParameter('Invalid parameter: AWSAccountId');
  if (!actions.length) throw invalidParameter('Invalid parameter: ActionName');
  const policy = policyDocument(found.topic.attributes.Policy, found.topic.arn, found.topic.owner);
  if (policy.Statement.some((s) => s.Sid === label)) throw invalidParameter('Invalid parameter: Statement already exists');
  const principals = accounts.map((a) => `arn:aws:iam::${a}:root`);
  const actionNames = actions.map((a) => `SNS:${a}`);
  policy.Statement.push({
    Sid: label,
    Effect: 'Allow',
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: actionNames.length === 1 ? actionNames[0] : actionNames,
    Resource: found.topic.arn,
  });
  found.topics.put(found.ref.name, { ...found.topic, attributes: { ...found.topic.attributes, Policy: JSON.stringify(policy) } });
  return {};
}
