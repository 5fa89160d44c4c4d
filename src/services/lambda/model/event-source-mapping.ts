/** An event source mapping as stored (one global table, so the poller sees every account's). */
export interface EventSourceMappingRecord {
  uuid: string;
  accountId: string;
  region: string;
  /** Kumo's URL when the mapping was made, for the function's own SDK calls. */
  endpoint: string;
  eventSourceArn: string;
  /** The function ARN, qualified when the mapping names a version or alias. */
  functionArn: string;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  enabled: boolean;
  state: 'Creating' | 'Enabling' | 'Enabled' | 'Disabling' | 'Disabled' | 'Updating' | 'Deleting';
  stateTransitionReason: string;
  /** Clock ms. */
  lastModified: number;
  functionResponseTypes: string[];
  filters?: Array<{ Pattern: string }>;
  // Stream sources only.
  startingPosition?: string;
  startingPositionTimestamp?: number;
  bisectBatchOnFunctionError?: boolean;
  maximumRetryAttempts?: number;
  maximumRecordAgeInSeconds?: number;
  parallelizationFactor?: number;
  tumblingWindowInSeconds?: number;
  destinationConfig?: { OnFailure?: { Destination?: string } };
  lastProcessingResult?: string;
  scalingConfig?: { MaximumConcurrency?: number };
}

export type EventSourceKind = 'sqs' | 'dynamodb' | 'kinesis';

export function eventSourceKind(arn: string): EventSourceKind | undefined {
  if (/^arn:aws[a-zA-Z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/.test(arn)) return 'sqs';
  if (/^arn:aws[a-zA-Z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[^/]+\/stream\/.+$/.test(arn)) return 'dynamodb';
  if (/^arn:aws[a-zA-Z-]*:kinesis:[a-z0-9-]+:\d{12}:stream\/[a-zA-Z0-9_.-]+$/.test(arn)) return 'kinesis';
  return undefined;
}

/** The EventSourceMappingConfiguration shape every mapping operation returns. */
export function mappingOutput(m: EventSourceMappingRecord): Record<string, unknown> {
  const kind = eventSourceKind(m.eventSourceArn);
  const out: Record<string, unknown> = {
    UUID: m.uuid,
    BatchSize: m.batchSize,
    MaximumBatchingWindowInSeconds: m.maximumBatchingWindowInSeconds,
    EventSourceArn: m.eventSourceArn,
    FunctionArn: m.functionArn,
    LastModified: new Date(m.lastModified),
    State: m.state,
    StateTransitionReason: m.stateTransitionReason,
    FunctionResponseTypes: m.functionResponseTypes,
    EventSourceMappingArn: `arn:aws:lambda:${m.region}:${m.accountId}:event-source-mapping:${m.uuid}`,
  };
  if (m.filters?.length) out.FilterCriteria = { Filters: m.filters };
  if (m.scalingConfig) out.ScalingConfig = m.scalingConfig;
  if (kind === 'dynamodb' || kind === 'kinesis') {
    Object.assign(out, {
      StartingPosition: m.startingPosition,
      ParallelizationFactor: m.parallelizationFactor ?? 1,
      MaximumRecordAgeInSeconds: m.maximumRecordAgeInSeconds ?? -1,
      BisectBatchOnFunctionError: m.bisectBatchOnFunctionError ?? false,
      MaximumRetryAttempts: m.maximumRetryAttempts ?? -1,
      TumblingWindowInSeconds: m.tumblingWindowInSeconds ?? 0,
      DestinationConfig: m.destinationConfig ?? { OnFailure: {} },
      LastProcessingResult: m.lastProcessingResult ?? 'No records processed',
    });
    if (m.startingPositionTimestamp !== undefined) out.StartingPositionTimestamp = new Date(m.startingPositionTimestamp);
  }
  return out;
}
