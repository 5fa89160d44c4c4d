import type { OperationContext } from '../../define-service.js';
import { limitExceeded, resourceInUse } from '../errors.js';
import { consumerArn, consumerShape } from '../model/consumers.js';
import { findStream } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';

/** A stream has at most 20 registered consumers. */
const MAX_CONSUMERS = 20;

/**
 * Registers an enhanced fan-out consumer. Kumo keeps the registration (Describe, List,
 * Deregister, DeleteStream's EnforceConsumerDeletion) but does not serve SubscribeToShard.
 */
export function registerStreamConsumer(input: { StreamARN?: string; ConsumerName?: string }, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.required(input.StreamARN, 'streamARN');
  v.required(input.ConsumerName, 'consumerName');
  v.length(input.ConsumerName, 'consumerName', 1, 128);
  v.pattern(input.ConsumerName, 'consumerName', /^[a-zA-Z0-9_.-]+$/, '[a-zA-Z0-9_.-]+');
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, { StreamARN: input.StreamARN });
  const name = input.ConsumerName!;
  if (stream.consumers.some((c) => c.name === name)) throw resourceInUse(`Consumer ${name} under stream ${stream.name} under account ${ctx.accountId} already exists.`);
  if (stream.consumers.length >= MAX_CONSUMERS) throw limitExceeded(`Stream ${stream.name} under account ${ctx.accountId} already has ${MAX_CONSUMERS} registered consumers.`);
  const now = ctx.clock.now();
  const consumer = { name, arn: consumerArn(stream, name, now), createdMs: now };
  streams.put(stream.name, { ...stream, consumers: [...stream.consumers, consumer] });
  return { Consumer: consumerShape(consumer, 'CREATING') };
}
