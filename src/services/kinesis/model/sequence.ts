/*
 * Sequence numbers are 56 digits, as AWS's are: "49", the shard's index (6 digits), then a
 * stream-wide counter (48 digits). Fixed width keeps text order equal to numeric order, so
 * one range scan of the records table reads a shard in order, and a sequence number names
 * its shard, which lets GetShardIterator reject one used on another shard as AWS does.
 */

const COUNTER_DIGITS = 48;

export function shardPrefix(shardIndex: number): string {
  return `49${String(shardIndex).padStart(6, '0')}`;
}

export function formatSequence(shardIndex: number, counter: number): string {
  return shardPrefix(shardIndex) + String(counter).padStart(COUNTER_DIGITS, '0');
}

/** Splits a sequence number Kumo issued; undefined for anything else. */
export function parseSequence(value: string): { shardIndex: number; counter: number } | undefined {
  if (!/^49\d{54}$/.test(value)) return undefined;
  const counter = Number(value.slice(8));
  if (!Number.isSafeInteger(counter)) return undefined;
  return { shardIndex: Number(value.slice(2, 8)), counter };
}

export function shardId(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`;
}

/** The index in a shard id (`shardId-000000000003` -> 3); undefined for a malformed id. */
export function shardIndexOf(id: string): number | undefined {
  const match = /^shardId-(\d{12})$/.exec(id);
  return match ? Number(match[1]) : undefined;
}
