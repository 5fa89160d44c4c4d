import type { OperationContext } from '../../define-service.js';
import { topicAttributesView } from '../model/topic-attributes.js';
import { findTopic, topicSubscriptions } from '../topic-lookup.js';

export function getTopicAttributes(input: { TopicArn?: string }, ctx: OperationContext): { Attributes: Record<string, string> } {
  const found = findTopic(ctx, input.TopicArn);
  return { Attributes: topicAttributesView(found.topic, topicSubscriptions(found)) };
}
