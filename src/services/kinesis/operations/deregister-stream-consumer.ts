import type { OperationContext } from '../../define-service.js';
import { findConsumer, type ConsumerAddress } from '../model/consumers.js';

export function deregisterStreamConsumer(input: ConsumerAddress, ctx: OperationContext): Record<string, never> {
  const { stream, streams, consumer } = findConsumer(ctx, input);
  streams.put(stream.name, { ...stream, consumers: stream.consumers.filter((c) => c !== consumer) });
  return {};
}
