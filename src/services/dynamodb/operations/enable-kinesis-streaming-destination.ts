import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { checkPrecision, checkStreamArn, requireStream, saveDestinations } from '../model/kinesis-destinations.js';
import { requireTableNamed } from '../model/tables.js';

export interface KinesisStreamingDestinationInput {
  TableName?: string;
  StreamArn?: string;
  EnableKinesisStreamingConfiguration?: { ApproximateCreationDateTimePrecision?: string };
}

/** A table streams to at most two Kinesis data streams at once. */
const MAX_ACTIVE = 2;

/**
 * Starts sending the table's item changes to the stream. The answer says ENABLING, as AWS's
 * does; Kumo makes the destination ACTIVE at once, so the next write is already sent.
 */
export async function enableKinesisStreamingDestination(input: KinesisStreamingDestinationInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const arn = checkStreamArn(input.StreamArn);
  const precision = checkPrecision(input.EnableKinesisStreamingConfiguration?.ApproximateCreationDateTimePrecision, 'enableKinesisStreamingConfiguration.approximateCreationDateTimePrecision') ?? 'MILLISECOND';
  requireTableNamed(ctx, input.TableName);
  await requireStream(ctx, arn);
  // Read again after the await: another request may have changed the table meanwhile.
  const table = requireTableNamed(ctx, input.TableName);
  const destinations = table.kinesis ?? [];
  if (destinations.some((d) => d.streamArn === arn && d.status === 'ACTIVE')) {
    throw validation('Table is not in a valid state to enable Kinesis Streaming Destination: EnableKinesisStreamingDestination must be DISABLED or ENABLE_FAILED to perform ENABLE operation.');
  }
  if (destinations.filter((d) => d.status === 'ACTIVE').length >= MAX_ACTIVE) {
    throw validation(`Table ${table.name} already has ${MAX_ACTIVE} active Kinesis streaming destinations.`);
  }
  saveDestinations(ctx, table, [...destinations.filter((d) => d.streamArn !== arn), { streamArn: arn, status: 'ACTIVE', precision }]);
  return {
    TableName: table.name,
    StreamArn: arn,
    DestinationStatus: 'ENABLING',
    EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: precision },
  };
}
