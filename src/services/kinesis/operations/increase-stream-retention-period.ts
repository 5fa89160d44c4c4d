import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { checkRetentionHours } from '../model/retention.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';

export interface RetentionInput extends StreamAddress {
  RetentionPeriodHours?: number;
}

/** Longer retention keeps what is still retained; records already trimmed stay gone. */
export function increaseStreamRetentionPeriod(input: RetentionInput, ctx: OperationContext): Record<string, never> {
  const hours = checkRetentionHours(input.RetentionPeriodHours);
  const { stream, streams } = findStream(ctx, input);
  if (hours < stream.retentionHours) {
    throw invalidArgument(
      `Requested retention period (${hours} hours) for stream ${stream.name} can not be shorter than existing retention period (${stream.retentionHours} hours). Use DecreaseRetentionPeriod API.`,
    );
  }
  streams.put(stream.name, { ...stream, retentionHours: hours });
  return {};
}
