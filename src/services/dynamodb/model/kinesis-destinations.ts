import type { OperationContext } from '../../define-service.js';
import { isAwsError } from '../../../shared/aws-error.js';
import { resourceNotFound, validation } from '../errors.js';
import { tablesTable, type TableRecord } from '../store.js';

/** A table's Kinesis data stream destination, as DescribeKinesisStreamingDestination lists it. */
export interface KinesisDestination {
  streamArn: string;
  status: 'ACTIVE' | 'DISABLED';
  precision: 'MILLISECOND' | 'MICROSECOND';
}

// The destinations ride on the table record (so every item write sees them without another
// read); declared here by augmentation so this feature stays in its own files.
declare module '../store.js' {
  interface TableRecord {
    /** Kinesis streaming destinations, disabled ones included (they stay listed, as on AWS). */
    kinesis?: KinesisDestination[];
  }
}

export const PRECISIONS = ['MILLISECOND', 'MICROSECOND'] as const;

/** A precision member: one of the two, checked against the model's enum. */
export function checkPrecision(value: string | undefined, member: string): 'MILLISECOND' | 'MICROSECOND' | undefined {
  if (value === undefined) return undefined;
  if (!(PRECISIONS as readonly string[]).includes(value)) {
    throw validation(`1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${PRECISIONS.join(', ')}]`);
  }
  return value as 'MILLISECOND' | 'MICROSECOND';
}

/** StreamArn is required and must name a Kinesis stream. */
export function checkStreamArn(arn: string | undefined): string {
  if (arn === undefined) throw validation("1 validation error detected: Value null at 'streamArn' failed to satisfy constraint: Member must not be null");
  if (arn.length < 37 || arn.length > 1024) {
    throw validation(`1 validation error detected: Value '${arn}' at 'streamArn' failed to satisfy constraint: Member must have length ${arn.length < 37 ? 'greater than or equal to 37' : 'less than or equal to 1024'}`);
  }
  return arn;
}

/** Asks Kinesis (through the internal client) whether the stream exists; a missing stream, or no Kinesis, is ResourceNotFoundException. */
export async function requireStream(ctx: OperationContext, arn: string): Promise<void> {
  const parts = arn.split(':');
  try {
    await ctx.aws.call('kinesis', 'DescribeStreamSummary', { StreamARN: arn }, { accountId: parts[4] ?? ctx.accountId, region: parts[3] ?? ctx.region });
  } catch (error) {
    if (isAwsError(error)) throw resourceNotFound(`Requested resource not found: Stream: ${arn} not found`);
    throw error;
  }
}

/** Writes the table's destinations back (a copy of the record, so a failed write leaves the caller's intact). */
export function saveDestinations(ctx: OperationContext, table: TableRecord, destinations: KinesisDestination[]): void {
  ctx.table(tablesTable).put(table.name, { ...table, kinesis: destinations });
}
