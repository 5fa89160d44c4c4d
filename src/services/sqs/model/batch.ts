import { isAwsError, type AwsError } from '../../../shared/aws-error.js';
import { batchEntryIdsNotDistinct, emptyBatchRequest, invalidBatchEntryId, tooManyEntriesInBatchRequest } from '../errors.js';

export interface BatchResultErrorEntry {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message?: string;
}

const ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;
export const MAX_BATCH_ENTRIES = 10;

/** The checks every *Batch operation makes before looking at any entry, in AWS's order. */
export function checkBatch<T extends { Id?: string }>(entries: T[] | undefined, entryName: string): Array<T & { Id: string }> {
  if (!entries || entries.length === 0) throw emptyBatchRequest(entryName);
  if (entries.length > MAX_BATCH_ENTRIES) throw tooManyEntriesInBatchRequest(entries.length);
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.Id === undefined || !ENTRY_ID.test(entry.Id)) throw invalidBatchEntryId();
    if (seen.has(entry.Id)) throw batchEntryIdsNotDistinct(entry.Id);
    seen.add(entry.Id);
  }
  return entries as Array<T & { Id: string }>;
}

/** One entry's failure, as the Failed list reports it (the query-era code, as AWS shows it there). */
export function batchFailure(id: string, error: unknown): BatchResultErrorEntry {
  if (!isAwsError(error)) throw error;
  const e: AwsError = error;
  return { Id: id, SenderFault: e.senderFault, Code: e.queryCode ?? e.code, Message: e.message };
}
