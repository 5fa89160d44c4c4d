import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { checkRetentionHours } from '../model/retention.js';
import { findStream } from '../model/stream-lookup.js';
import type { RetentionInput } from './increase-stream-retention-period.js';

/** Records older than the new period become unreadable at once. */
export function decreaseStreamRetentionPeriod(input: RetentionInput, ctx: OperationContext): Record<string, never> {
  const hours = checkRetentionHours(input.RetentionPeriodHours);
  const { stream, streams } = findStream(ctx, input);
  if (hours > stream.retentionHours) {
    throw invalidArgument(
      `Requested retention period (${hours} hours) for stream ${stream.name} can not be longer than existing retention period (${stream.retentionHours} hours). Use IncreaseRetentionPeriod API.`,
    );
  }
  streams.put(stream.name, { ...stream, retentionHours: hours });
  return {};
}
