import type { OperationContext } from '../../define-service.js';
import { isAwsError } from '../../../shared/aws-error.js';
import { invalidParameterValue, validation } from '../errors.js';
import type { EventSourceMappingRecord } from './event-source-mapping.js';

export interface StreamSettingsInput {
  StartingPosition?: string;
  StartingPositionTimestamp?: Date;
  BisectBatchOnFunctionError?: boolean;
  MaximumRetryAttempts?: number;
  MaximumRecordAgeInSeconds?: number;
  ParallelizationFactor?: number;
  TumblingWindowInSeconds?: number;
  DestinationConfig?: { OnFailure?: { Destination?: string } };
}

/** Settings only stream sources take, checked against AWS's ranges (-1 means no limit). */
export function streamSettings(record: EventSourceMappingRecord, input: StreamSettingsInput): Partial<EventSourceMappingRecord> {
  const out: Partial<EventSourceMappingRecord> = {};
  const retries = input.MaximumRetryAttempts;
  if (retries !== undefined) {
    if (retries < -1 || retries > 10000) throw validation(retries, 'maximumRetryAttempts', `Member must have value ${retries < -1 ? 'greater than or equal to -1' : 'less than or equal to 10000'}`);
    out.maximumRetryAttempts = retries;
  }
  const age = input.MaximumRecordAgeInSeconds;
  if (age !== undefined) {
    if (age !== -1 && (age < 60 || age > 604800)) throw validation(age, 'maximumRecordAgeInSeconds', `Member must have value ${age < 60 ? 'greater than or equal to -1' : 'less than or equal to 604800'}`);
    out.maximumRecordAgeInSeconds = age;
  }
  if (input.BisectBatchOnFunctionError !== undefined) out.bisectBatchOnFunctionError = input.BisectBatchOnFunctionError;
  if (input.ParallelizationFactor !== undefined) out.parallelizationFactor = input.ParallelizationFactor;
  if (input.TumblingWindowInSeconds !== undefined) out.tumblingWindowInSeconds = input.TumblingWindowInSeconds;
  if (input.DestinationConfig !== undefined) {
    const destination = input.DestinationConfig.OnFailure?.Destination;
    if (destination !== undefined && !/^arn:aws[a-zA-Z-]*:(sqs|sns):/.test(destination)) {
      throw invalidParameterValue('The provided destination config DestinationConfig is invalid: on-failure destinations of stream sources must be SQS queues or SNS topics.');
    }
    out.destinationConfig = { OnFailure: destination ? { Destination: destination } : {} };
  }
  if (record.batchSize > 10000) throw validation(record.batchSize, 'batchSize', 'Member must have value less than or equal to 10000');
  return out;
}

/** The stream must exist (through Kumo's DynamoDB Streams or Kinesis) and a starting position is required. */
export async function checkStreamSource(ctx: OperationContext, record: EventSourceMappingRecord, input: StreamSettingsInput): Promise<Partial<EventSourceMappingRecord>> {
  const position = input.StartingPosition;
  if (position === undefined) throw invalidParameterValue('StartingPosition is required for stream event sources.');
  const parts = record.eventSourceArn.split(':');
  // Kinesis sources may also start at a time; DynamoDB Streams only at either end.
  const timed = parts[2] === 'kinesis' && position === 'AT_TIMESTAMP';
  if (position !== 'TRIM_HORIZON' && position !== 'LATEST' && !timed) {
    throw invalidParameterValue(`Unsupported starting position for arn type: ${position}`);
  }
  if (timed && input.StartingPositionTimestamp === undefined) throw invalidParameterValue('StartingPositionTimestamp must be provided with AT_TIMESTAMP starting position.');
  const options = { accountId: parts[4]!, region: parts[3]! };
  try {
    if (parts[2] === 'kinesis') await ctx.aws.call('kinesis', 'DescribeStreamSummary', { StreamARN: record.eventSourceArn }, options);
    else await ctx.aws.call('dynamodb-streams', 'DescribeStream', { StreamArn: record.eventSourceArn, Limit: 1 }, options);
  } catch (error) {
    if (isAwsError(error)) throw invalidParameterValue(`Stream not found: ${record.eventSourceArn}`);
    throw error;
  }
  return { startingPosition: position, lastProcessingResult: 'No records processed', ...(timed ? { startingPositionTimestamp: input.StartingPositionTimestamp!.getTime() } : {}) };
}
