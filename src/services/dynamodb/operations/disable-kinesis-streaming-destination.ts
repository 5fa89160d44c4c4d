import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { checkStreamArn, saveDestinations } from '../model/kinesis-destinations.js';
import { requireTableNamed } from '../model/tables.js';
import type { KinesisStreamingDestinationInput } from './enable-kinesis-streaming-destination.js';

/** Stops sending to the stream; the destination stays listed as DISABLED (the answer says DISABLING, as AWS's). */
export function disableKinesisStreamingDestination(input: KinesisStreamingDestinationInput, ctx: OperationContext): Record<string, unknown> {
  const arn = checkStreamArn(input.StreamArn);
  const table = requireTableNamed(ctx, input.TableName);
  const destinations = table.kinesis ?? [];
  const current = destinations.find((d) => d.streamArn === arn);
  if (!current || current.status !== 'ACTIVE') {
    throw validation('Table is not in a valid state to disable Kinesis Streaming Destination: DisableKinesisStreamingDestination must be ACTIVE to perform DISABLE operation.');
  }
  saveDestinations(ctx, table, destinations.map((d) => (d.streamArn === arn ? { ...d, status: 'DISABLED' as const } : d)));
  return {
    TableName: table.name,
    StreamArn: arn,
    DestinationStatus: 'DISABLING',
    EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: current.precision },
  };
}
