import { defineTable } from '../../store/types.js';

/** One queue, keyed by its name. Attribute values are kept as AWS shows them: strings. */
export interface QueueRow {
  name: string;
  /** Epoch ms, clock time. */
  created: number;
  modified: number;
  /** The settable attributes, defaults filled in (Policy, RedrivePolicy, ... only when set). */
  attributes: Record<string, string>;
  tags: Record<string, string>;
  /** When the last PurgeQueue ran: messages sent before it are gone, and another purge waits 60 s. */
  purgedAt?: number;
}

/** A message attribute as stored: binary values base64. */
export interface StoredAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

/**
 * One message, keyed `<queue>/<seq>` (seq sorts in send order). The row carries the mutable
 * receive state too, so a receive writes this row and moves its small visibility index row.
 */
export interface MessageRow {
  id: string;
  body: string;
  md5: string;
  attrs?: Record<string, StoredAttribute>;
  /** System attributes sent with the message (AWSTraceHeader). */
  sys?: Record<string, StoredAttribute>;
  sysMd5?: string;
  sender: string;
  /** Sent (enqueue) time, epoch ms; retention counts from it, also after a move to a DLQ. */
  sent: number;
  /** When it is (or becomes) visible: the time part of its visibility index key. */
  vis: number;
  /** Receive count, and when it was first received. */
  rc: number;
  first?: number;
  /** The nonce of the newest receipt handle; older handles are stale. */
  nonce?: string;
  /** When the current in-flight period began (the 12-hour visibility limit counts from it). */
  recvAt?: number;
  group?: string;
  dedup?: string;
  sn?: string;
  /** The source queue's ARN, once moved to a dead-letter queue. */
  dlqSource?: string;
}

/** The visibility index: key `<queue>/<visibleAt, 15 digits>/<seq>`, so receive is a range scan. */
export interface VisibilityRow {
  /** Set once received (in flight when in the future, rather than delayed). */
  r?: 1;
  /** FIFO message group. */
  g?: string;
}

/** FIFO deduplication: key `<queue>/<dedup scope>/<dedup id>`. */
export interface DedupRow {
  expires: number;
  messageId: string;
  sn?: string;
}

/** FIFO ReceiveRequestAttemptId: key `<queue>/<attempt id>`; the messages that attempt got. */
export interface ReceiveAttemptRow {
  expires: number;
  messages: Array<{ seq: string; nonce: string }>;
}

/** A queue deleted less than 60 s ago (QueueDeletedRecently). */
export interface DeletedQueueRow {
  deleted: number;
}

/** A message move task (redrive from a dead-letter queue); key `<source queue>/<task handle>`. */
export interface MoveTaskRow {
  handle: string;
  status: 'RUNNING' | 'COMPLETED' | 'CANCELLING' | 'CANCELLED' | 'FAILED';
  sourceArn: string;
  destinationArn?: string;
  rate?: number;
  moved: number;
  toMove: number;
  started: number;
  failureReason?: string;
}

/** Running move tasks across scopes, so the lifecycle can pick them up again after a restart. */
export interface RunningMoveRow {
  accountId: string;
  region: string;
  key: string;
}

export const queuesTable = defineTable<QueueRow>({ service: 'sqs', name: 'queues', scope: 'region' });
export const deletedQueuesTable = defineTable<DeletedQueueRow>({ service: 'sqs', name: 'deleted-queues', scope: 'region' });
export const messagesTable = defineTable<MessageRow>({ service: 'sqs', name: 'messages', scope: 'region' });
export const visibilityTable = defineTable<VisibilityRow>({ service: 'sqs', name: 'visibility', scope: 'region' });
export const dedupTable = defineTable<DedupRow>({ service: 'sqs', name: 'dedup', scope: 'region' });
export const receiveAttemptsTable = defineTable<ReceiveAttemptRow>({ service: 'sqs', name: 'receive-attempts', scope: 'region' });
export const moveTasksTable = defineTable<MoveTaskRow>({ service: 'sqs', name: 'move-tasks', scope: 'region' });
export const runningMovesTable = defineTable<RunningMoveRow>({ service: 'sqs', name: 'running-moves', scope: 'global' });
