import type { OperationContext } from '../../define-service.js';
import { findTopic } from '../topic-lookup.js';
import { policyDocument } from './add-permission.js';

/** Removes the statement with Sid = Label; a label that is not there changes nothing. */
export function removePermission(input: { TopicArn?: string; Label?: string }, ctx: OperationContext): Record<string, never> {
  const found = findTopic(ctx, input.TopicArn);
  const policy = policyDocument(found.topic.attributes.Policy, found.topic.arn, found.topic.owner);
  const kept = policy.Statement.filter((s) => s.Sid !== input.Label);
  if (kept.length !== policy.Statement.length) {
    found.topics.put(found.ref.name, { ...found.topic, attributes: { ...found.topic.attributes, Policy: JSON.stringify({ ...policy, Statement: kept }) } });
  }
  return {};
}
