import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { checkPrecision, checkStreamArn, saveDestinations } from '../model/kinesis-destinations.js';
import { requireTableNamed } from '../model/tables.js';

export interface UpdateKinesisStreamingDestinationInput {
  TableName?: string;
  StreamArn?: string;
  UpdateKinesisStreamingConfiguration?: { ApproximateCreationDateTimePrecision?: string };
}

/** Changes an active destination's timestamp precision (the answer says UPDATING; Kumo applies it at once). */
export function updateKinesisStreamingDestination(input: UpdateKinesisStreamingDestinationInput, ctx: OperationContext): Record<string, unknown> {
  const arn = checkStreamArn(input.StreamArn);
  const precision = checkPrecision(input.UpdateKinesisStreamingConfiguration?.ApproximateCreationDateTimePrecision, 'updateKinesisStreamingConfiguration.approximateCreationDateTimePrecision');
  const table = requireTableNamed(ctx, input.TableName);
  const destinations = table.kinesis ?? [];
  const current = destinations.find((d) => d.streamArn === arn && d.status === 'ACTIVE');
  if (!current) throw validation(`Table ${table.name} does not have an active Kinesis streaming destination for stream ${arn}.`);
  if (precision === undefined) throw validation('Invalid Request: No configuration update requested.');
  if (precision === current.precision) throw validation(`Invalid Request: Precision is already set to the desired value of ${precision}.`);
  saveDestinations(ctx, table, destinations.map((d) => (d === current ? { ...d, precision } : d)));
  return {
    TableName: table.name,
    StreamArn: arn,
    DestinationStatus: 'UPDATING',
    UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: precision },
  };
}
