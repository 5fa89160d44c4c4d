import type { ScopedTable } from '../../../store/types.js';
import type { StreamRow } from '../../dynamodb/store.js';
import { STREAM_RETENTION_MS } from '../../dynamodb/model/streams.js';
import { streamNotFound, validation } from '../errors.js';

const ARN = /^arn:aws[a-z-]*:dynamodb:([^:]+):(\d{12}):table\/([^/]+)\/stream\/(.+)$/;

/** Checks a stream ARN's form (DynamoDB Streams' length limits: 37..1024). */
export function checkStreamArn(arn: string | undefined, member = 'streamArn'): string {
  if (arn === undefined) throw validation(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  if (arn.length < 37 || arn.length > 1024) {
    throw validation(`1 validation error detected: Value '${arn}' at '${member}' failed to satisfy constraint: Member must have length ${arn.length < 37 ? 'greater than or equal to 37' : 'less than or equal to 1024'}`);
  }
  return arn;
}

/**
 * The stream an ARN names in the caller's account and region: present, and not disabled more than
 * 24 hours ago (DynamoDB forgets a stream once its last records are trimmed).
 */
export function findStream(streams: ScopedTable<StreamRow>, scope: { accountId: string; region: string }, arn: string, nowMs: number): StreamRow {
  const m = ARN.exec(arn);
  if (!m || m[1] !== scope.region || m[2] !== scope.accountId) throw streamNotFound(arn);
  const row = streams.get(`${m[3]}/${m[4]}`);
  if (!row || row.arn !== arn || isForgotten(row, nowMs)) throw streamNotFound(arn);
  return row;
}

export function isForgotten(row: StreamRow, nowMs: number): boolean {
  return row.disabledMs !== undefined && nowMs - row.disabledMs > STREAM_RETENTION_MS;
}
