import type { OperationContext } from '../../define-service.js';
import type { ScopedTable } from '../../../store/types.js';
import { invalidArgument, resourceNotFound } from '../errors.js';
import type { ConsumerRow, StreamRow } from '../store.js';
import { findStream } from './stream-lookup.js';
import { Violations } from './violations.js';

export interface ConsumerAddress {
  StreamARN?: string;
  ConsumerName?: string;
  ConsumerARN?: string;
}

/** Consumer ARNs are `<stream ARN>/consumer/<name>:<creation epoch seconds>`, as AWS's. */
export function consumerArn(stream: StreamRow, name: string, createdMs: number): string {
  return `${stream.arn}/consumer/${name}:${Math.floor(createdMs / 1000)}`;
}

/** A consumer addressed by its ARN, or by stream ARN and name. */
export function findConsumer(ctx: OperationContext, input: ConsumerAddress): { stream: StreamRow; streams: ScopedTable<StreamRow>; consumer: ConsumerRow } {
  const v = new Violations();
  v.length(input.ConsumerName, 'consumerName', 1, 128);
  v.pattern(input.ConsumerName, 'consumerName', /^[a-zA-Z0-9_.-]+$/, '[a-zA-Z0-9_.-]+');
  v.throwIfAny();
  let streamArn = input.StreamARN;
  if (input.ConsumerARN !== undefined) {
    const match = /^(arn:aws[^:]*:kinesis:[a-z0-9-]+:\d{12}:stream\/[a-zA-Z0-9_.-]+)\/consumer\/[a-zA-Z0-9_.-]+:\d+$/.exec(input.ConsumerARN);
    if (!match) throw invalidArgument(`Invalid ConsumerARN: ${input.ConsumerARN}`);
    streamArn = match[1];
  } else if (input.StreamARN === undefined || input.ConsumerName === undefined) {
    throw invalidArgument('Either ConsumerARN or both StreamARN and ConsumerName must be provided.');
  }
  const { stream, streams } = findStream(ctx, { StreamARN: streamArn });
  const consumer = stream.consumers.find((c) => (input.ConsumerARN !== undefined ? c.arn === input.ConsumerARN : c.name === input.ConsumerName));
  if (!consumer) {
    throw resourceNotFound(`Consumer ${input.ConsumerARN ?? input.ConsumerName} under stream ${stream.name} under account ${ctx.accountId} not found.`);
  }
  return { stream, streams, consumer };
}

/** Kumo registers consumers at once: only RegisterStreamConsumer's own answer says CREATING. */
export function consumerShape(consumer: ConsumerRow, status = 'ACTIVE'): Record<string, unknown> {
  return { ConsumerName: consumer.name, ConsumerARN: consumer.arn, ConsumerStatus: status, ConsumerCreationTimestamp: new Date(consumer.createdMs) };
}
