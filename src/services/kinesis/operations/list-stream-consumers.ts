import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { consumerShape } from '../model/consumers.js';
import { findStream } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';

export interface ListStreamConsumersInput {
  StreamARN?: string;
  NextToken?: string;
  MaxResults?: number;
  StreamCreationTimestamp?: Date;
}

export function listStreamConsumers(input: ListStreamConsumersInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.required(input.StreamARN, 'streamARN');
  v.range(input.MaxResults, 'maxResults', 1, 10000);
  v.throwIfAny();
  const { stream } = findStream(ctx, { StreamARN: input.StreamARN });
  const consumers = [...stream.consumers].sort((a, b) => a.name.localeCompare(b.name));
  let start = 0;
  if (input.NextToken !== undefined) {
    const after = Buffer.from(input.NextToken, 'base64').toString('utf8');
    if (!after.startsWith('lc1:')) throw invalidArgument('Invalid NextToken.');
    start = consumers.findIndex((c) => c.name > after.slice(4));
    if (start < 0) start = consumers.length;
  }
  const max = input.MaxResults ?? 100;
  const page = consumers.slice(start, start + max);
  const more = start + max < consumers.length;
  return {
    Consumers: page.map((c) => consumerShape(c)),
    ...(more ? { NextToken: Buffer.from(`lc1:${page[page.length - 1]!.name}`).toString('base64') } : {}),
  };
}
