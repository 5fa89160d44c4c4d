import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue } from '../errors.js';
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

/** Settings only stream sources take. */
export function streamSettings(_record: EventSourceMappingRecord, _input: StreamSettingsInput): Partial<EventSourceMappingRecord> {
  return {};
}

/** Kumo polls SQS only so far: a stream mapping is refused rather than stored and never run. */
export async function checkStreamSource(_ctx: OperationContext, _record: EventSourceMappingRecord, _input: StreamSettingsInput): Promise<Partial<EventSourceMappingRecord>> {
  throw invalidParameterValue('Kumo does not poll DynamoDB streams yet: only SQS event source mappings are supported.');
}
