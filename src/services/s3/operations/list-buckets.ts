import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { ownerOf } from '../model/buckets.js';
import { decodeToken, encodeToken } from '../model/tokens.js';
import { ownedBucketsTable } from '../store.js';

export interface ListBucketsInput {
  MaxBuckets?: number;
  ContinuationToken?: string;
  Prefix?: string;
  BucketRegion?: string;
}

export interface ListBucketsOutput {
  Buckets: Array<{ Name: string; CreationDate: Date; BucketRegion: string }>;
  Owner: { ID: string; DisplayName: string };
  ContinuationToken?: string;
  Prefix?: string;
}

const SCAN_CHUNK = 1000;

export function listBuckets(input: ListBucketsInput, ctx: OperationContext): ListBucketsOutput {
  const max = input.MaxBuckets ?? 10_000;
  if (!Number.isInteger(max) || max < 1 || max > 10_000) {
    throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000', 'max-buckets', String(input.MaxBuckets));
  }
  let after = input.ContinuationToken === undefined ? undefined : decodeToken(input.ContinuationToken, 'continuation-token');
  const table = ctx.table(ownedBucketsTable);
  const found: ListBucketsOutput['Buckets'] = [];
  let more = false;
  for (;;) {
    const rows = table.list({ prefix: input.Prefix, after, limit: SCAN_CHUNK });
    for (const { key, value } of rows) {
      if (input.BucketRegion !== undefined && value.region !== input.BucketRegion) continue;
      if (found.length === max) {
        more = true;
        break;
      }
      found.push({ Name: key, CreationDate: new Date(value.createdMs), BucketRegion: value.region });
    }
    if (more || rows.length < SCAN_CHUNK) break;
    after = rows[rows.length - 1]!.key;
  }
  return {
    Buckets: found,
    Owner: ownerOf(ctx.accountId),
    ...(more ? { ContinuationToken: encodeToken(found[found.length - 1]!.Name) } : {}),
    ...(input.Prefix !== undefined ? { Prefix: input.Prefix } : {}),
  };
}
