import type { OperationContext } from '../../define-service.js';
import { consumerShape, findConsumer, type ConsumerAddress } from '../model/consumers.js';

export function describeStreamConsumer(input: ConsumerAddress, ctx: OperationContext): Record<string, unknown> {
  const { stream, consumer } = findConsumer(ctx, input);
  return { ConsumerDescription: { ...consumerShape(consumer), StreamARN: stream.arn } };
}
