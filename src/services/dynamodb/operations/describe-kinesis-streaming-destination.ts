import type { OperationContext } from '../../define-service.js';
import { requireTableNamed } from '../model/tables.js';

export function describeKinesisStreamingDestination(input: { TableName?: string }, ctx: OperationContext): Record<string, unknown> {
  const table = requireTableNamed(ctx, input.TableName);
  return {
    TableName: table.name,
    KinesisDataStreamDestinations: (table.kinesis ?? []).map((d) => ({
      StreamArn: d.streamArn,
      DestinationStatus: d.status,
      ApproximateCreationDateTimePrecision: d.precision,
    })),
  };
}
