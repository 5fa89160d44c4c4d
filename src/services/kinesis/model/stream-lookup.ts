import type { OperationContext } from '../../define-service.js';
import type { ScopedTable } from '../../../store/types.js';
import { invalidArgument, resourceNotFound, streamNotFound } from '../errors.js';
import { streamsTable, type ShardRow, type StreamRow } from '../store.js';
import { Violations } from './violations.js';

export interface StreamAddress {
  StreamName?: string;
  StreamARN?: string;
}

export function streamArn(region: string, accountId: string, name: string): string {
  return `arn:aws:kinesis:${region}:${accountId}:stream/${name}`;
}

/** The name a request addresses, from StreamName or StreamARN (which must agree when both are given). */
export function addressedName(ctx: OperationContext, input: StreamAddress): string {
  const v = new Violations();
  v.streamAddress(input);
  v.throwIfAny();
  if (input.StreamARN !== undefined) {
    const [, , , region, account, resource] = input.StreamARN.split(':');
    const name = resource!.slice('stream/'.length);
    if (input.StreamName !== undefined && input.StreamName !== name) {
      throw invalidArgument(`StreamARN ${input.StreamARN} and StreamName ${input.StreamName} do not refer to the same stream.`);
    }
    if (region !== ctx.region || account !== ctx.accountId) throw streamNotFound(name, account!);
    return name;
  }
  if (input.StreamName === undefined) throw invalidArgument('Neither StreamARN nor StreamName has been provided.');
  return input.StreamName;
}

/** The addressed stream and the table it lives in; ResourceNotFoundException when there is none. */
export function findStream(ctx: OperationContext, input: StreamAddress): { stream: StreamRow; streams: ScopedTable<StreamRow> } {
  const name = addressedName(ctx, input);
  const streams = ctx.table(streamsTable);
  const stream = streams.get(name);
  if (!stream) throw streamNotFound(name, ctx.accountId);
  return { stream, streams };
}

/** Records that arrived before this are past retention (trimmed, never returned). */
export function retentionCutoff(stream: StreamRow, nowMs: number): number {
  return nowMs - stream.retentionHours * 3_600_000;
}

/** Shards as listings show them: closed shards drop out once their records are past retention. */
export function liveShards(stream: StreamRow, nowMs: number): ShardRow[] {
  const cutoff = retentionCutoff(stream, nowMs);
  return stream.shards.filter((s) => s.closedMs === undefined || s.closedMs >= cutoff);
}

export function openShards(stream: StreamRow): ShardRow[] {
  return stream.shards.filter((s) => s.closedMs === undefined);
}

/** A shard of the stream by id; ResourceNotFoundException as AWS words it. */
export function findShard(ctx: OperationContext, stream: StreamRow, id: string): ShardRow {
  // Kinesis also takes a shard's number alone, or with fewer digits ("1", "shardId-1").
  const match = /^(?:shardId-)?(\d{1,12})$/.exec(id);
  const index = match ? Number(match[1]) : -1;
  const shard = liveShards(stream, ctx.clock.now()).find((s) => s.index === index);
  if (!shard) throw resourceNotFound(`Shard ${id} in stream ${stream.name} under account ${ctx.accountId} does not exist`);
  return shard;
}
