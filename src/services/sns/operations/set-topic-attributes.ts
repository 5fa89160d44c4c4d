import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { isFifoTopic, validateTopicAttribute } from '../model/topic-attributes.js';
import { findTopic } from '../topic-lookup.js';

export interface SetTopicAttributesInput {
  TopicArn?: string;
  AttributeName?: string;
  AttributeValue?: string;
}

/** Sets one attribute; an empty Policy or DeliveryPolicy goes back to the default. */
export function setTopicAttributes(input: SetTopicAttributesInput, ctx: OperationContext): Record<string, never> {
  const found = findTopic(ctx, input.TopicArn);
  const name = input.AttributeName ?? '';
  const value = input.AttributeValue ?? '';
  if (name === 'FifoTopic') throw invalidParameter('Invalid parameter: AttributeName');
  validateTopicAttribute(name, value, isFifoTopic(found.topic), false);
  const attributes = { ...found.topic.attributes };
  if (value === '' && name !== 'DisplayName') delete attributes[name];
  else attributes[name] = value;
  found.topics.put(found.ref.name, { ...found.topic, attributes });
  return {};
}
