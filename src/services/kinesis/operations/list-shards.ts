import type { OperationContext } from '../../define-service.js';
import { expiredNextToken, invalidArgument } from '../errors.js';
import { findStream, liveShards, retentionCutoff, type StreamAddress } from '../model/stream-lookup.js';
import { shardShape } from '../model/shapes.js';
import { Violations } from '../model/violations.js';
import type { ShardRow, StreamRow } from '../store.js';

export interface ListShardsInput extends StreamAddress {
  NextToken?: string;
  ExclusiveStartShardId?: string;
  MaxResults?: number;
  StreamCreationTimestamp?: Date;
  ShardFilter?: { Type?: string; ShardId?: string; Timestamp?: Date };
}

const FILTERS = ['AFTER_SHARD_ID', 'AT_TRIM_HORIZON', 'FROM_TRIM_HORIZON', 'AT_LATEST', 'AT_TIMESTAMP', 'FROM_TIMESTAMP'];
/** Next tokens are good for 300 seconds, as AWS's. */
const TOKEN_LIFETIME_MS = 300_000;

interface Token {
  stream: string;
  after: string;
  filter?: ListShardsInput['ShardFilter'];
  issuedMs: number;
}

export function listShards(input: ListShardsInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.range(input.MaxResults, 'maxResults', 1, 10000);
  v.length(input.ExclusiveStartShardId, 'exclusiveStartShardId', 1, 128);
  if (input.ShardFilter) {
    v.required(input.ShardFilter.Type, 'shardFilter.type');
    v.oneOf(input.ShardFilter.Type, 'shardFilter.type', FILTERS);
  }
  v.throwIfAny();
  let token: Token | undefined;
  if (input.NextToken !== undefined) {
    if (input.StreamName !== undefined) throw invalidArgument('NextToken and StreamName cannot be provided together.');
    if (input.ExclusiveStartShardId !== undefined) throw invalidArgument('NextToken and ExclusiveStartShardId cannot be provided together.');
    token = decodeToken(input.NextToken);
    if (ctx.clock.now() - token.issuedMs > TOKEN_LIFETIME_MS) throw expiredNextToken('The timestamp in the NextToken is more than 300 seconds old.');
  }
  const filter = token ? token.filter : input.ShardFilter;
  if (filter?.Type === 'AFTER_SHARD_ID' && filter.ShardId === undefined) throw invalidArgument('ShardId must be provided for ShardFilter of type AFTER_SHARD_ID.');
  if ((filter?.Type === 'AT_TIMESTAMP' || filter?.Type === 'FROM_TIMESTAMP') && filter.Timestamp === undefined) {
    throw invalidArgument(`Timestamp must be provided for ShardFilter of type ${filter.Type}.`);
  }
  const { stream } = findStream(ctx, token ? { StreamName: token.stream } : input);
  const after = token?.after ?? input.ExclusiveStartShardId;
  const shards = filtered(stream, filter, ctx.clock.now()).filter((s) => after === undefined || s.id > after);
  const max = Math.min(input.MaxResults ?? 1000, 1000);
  const page = shards.slice(0, max);
  const next = shards.length > max
    ? encodeToken({ stream: stream.name, after: page[page.length - 1]!.id, filter, issuedMs: ctx.clock.now() })
    : undefined;
  return { Shards: page.map(shardShape), ...(next ? { NextToken: next } : {}) };
}

/** The live shards a ShardFilter selects. */
function filtered(stream: StreamRow, filter: ListShardsInput['ShardFilter'], nowMs: number): ShardRow[] {
  const shards = liveShards(stream, nowMs);
  const horizon = Math.max(retentionCutoff(stream, nowMs), stream.createdMs);
  const openAt = (t: number) => (s: ShardRow) => s.createdMs <= t && (s.closedMs === undefined || s.closedMs > t);
  switch (filter?.Type) {
    case 'AFTER_SHARD_ID':
      return shards.filter((s) => s.id > filter.ShardId!);
    case 'AT_TRIM_HORIZON':
      return shards.filter(openAt(horizon));
    case 'AT_LATEST':
      return shards.filter((s) => s.closedMs === undefined);
    case 'AT_TIMESTAMP':
      return shards.filter(openAt(Math.max(filter.Timestamp!.getTime(), horizon)));
    case 'FROM_TIMESTAMP': {
      const t = Math.max(filter.Timestamp!.getTime(), horizon);
      return shards.filter((s) => openAt(t)(s) || s.createdMs > t);
    }
    default:
      return shards;
  }
}

function encodeToken(token: Token): string {
  const filter = token.filter ? { ...token.filter, Timestamp: token.filter.Timestamp?.getTime() } : undefined;
  return Buffer.from(JSON.stringify({ ...token, filter })).toString('base64');
}

function decodeToken(text: string): Token {
  try {
    const raw = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as { stream?: unknown; after?: unknown; issuedMs?: unknown; filter?: { Type?: string; ShardId?: string; Timestamp?: number } };
    if (typeof raw.stream === 'string' && typeof raw.after === 'string' && typeof raw.issuedMs === 'number') {
      const filter = raw.filter ? { ...raw.filter, Timestamp: raw.filter.Timestamp === undefined ? undefined : new Date(raw.filter.Timestamp) } : undefined;
      return { stream: raw.stream, after: raw.after, issuedMs: raw.issuedMs, filter };
    }
  } catch {
    // reported below
  }
  throw invalidArgument('Invalid NextToken.');
}
