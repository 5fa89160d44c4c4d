import { defineTable } from '../../store/types.js';

export interface Tag {
  Key: string;
  Value: string;
}

export interface BusRow {
  name: string;
  description?: string;
  kmsKeyIdentifier?: string;
  deadLetterArn?: string;
  /** The bus's resource policy document (PutPermission / RemovePermission), as text. */
  policy?: string;
  createdMs: number;
  modifiedMs: number;
  tags: Tag[];
}

/** A target as PutTargets received it (AWS's wire members), kept whole so ListTargetsByRule echoes it. */
export type TargetRow = Record<string, unknown> & { Id: string; Arn: string };

export interface RuleRow {
  name: string;
  bus: string;
  eventPattern?: string;
  scheduleExpression?: string;
  state: string;
  description?: string;
  roleArn?: string;
  targets: TargetRow[];
  tags: Tag[];
  createdBy: string;
  /** For scheduled rules: the time rate() counts from, and the next firing (also in the schedule index). */
  scheduleAnchorMs?: number;
  nextFireMs?: number;
}

/** One pending firing of a scheduled rule, keyed by due time so the sweep reads them in order. */
export interface ScheduleRow {
  accountId: string;
  region: string;
  rule: string;
  dueMs: number;
}

export const busesTable = defineTable<BusRow>({ service: 'eventbridge', name: 'buses', scope: 'region' });
/** Keyed `<bus> <rule>`: neither name may contain a space, so a bus's rules list by prefix in name order. */
export const rulesTable = defineTable<RuleRow>({ service: 'eventbridge', name: 'rules', scope: 'region' });
export const schedulesTable = defineTable<ScheduleRow>({ service: 'eventbridge', name: 'schedules', scope: 'global' });

export const ruleKey = (bus: string, name: string) => `${bus} ${name}`;
export const busRulesPrefix = (bus: string) => `${bus} `;
export const scheduleKey = (row: ScheduleRow) => `${String(row.dueMs).padStart(15, '0')}/${row.accountId}/${row.region}/${row.rule}`;

/** An archive of a bus's events (CreateArchive). */
export interface ArchiveRow {
  name: string;
  /** The bus it archives, by ARN (EventSourceArn). */
  sourceArn: string;
  bus: string;
  description?: string;
  eventPattern?: string;
  /** 0 keeps events forever. */
  retentionDays: number;
  state: string;
  createdMs: number;
  eventCount: number;
  sizeBytes: number;
}

/** One archived event: the envelope as it arrived, and when (replays select on arrival time). */
export interface ArchivedEventRow {
  event: Record<string, unknown>;
  arrivedMs: number;
  size: number;
}

export interface ReplayRow {
  name: string;
  arn: string;
  description?: string;
  sourceArn: string;
  archive: string;
  destination: { Arn: string; FilterArns?: string[] };
  eventStartMs: number;
  eventEndMs: number;
  state: string;
  stateReason?: string;
  startMs: number;
  endMs?: number;
  lastReplayedMs?: number;
}

/**
 * Background work due at a time, surviving restarts: a replay's next step, or a delivery retry.
 * Keyed by due time (global) so the sweep reads them in order.
 */
export type TimerJob =
  | { kind: 'replay'; accountId: string; region: string; replay: string }
  | { kind: 'retry'; accountId: string; region: string; retry: RetryState };

/** A delivery waiting for its next attempt: what it needs to try again without the rule. */
export interface RetryState {
  bus: string;
  rule: string;
  target: TargetRow;
  event: Record<string, unknown>;
  ingestionMs: number;
  /** Retries made so far. */
  attempts: number;
  hops: number;
}

export interface TimerRow {
  dueMs: number;
  job: TimerJob;
}

export const archivesTable = defineTable<ArchiveRow>({ service: 'eventbridge', name: 'archives', scope: 'region' });
/** Keyed `<archive>/<arrival ms, 15 digits>/<event id>`: an archive's events list by time. */
export const archivedEventsTable = defineTable<ArchivedEventRow>({ service: 'eventbridge', name: 'archived-events', scope: 'region' });
/** Every archive with a retention period, `<account>/<region>/<archive>`, for the retention sweep. */
export const retainedArchivesTable = defineTable<{ accountId: string; region: string; name: string }>({ service: 'eventbridge', name: 'retained-archives', scope: 'global' });
export const replaysTable = defineTable<ReplayRow>({ service: 'eventbridge', name: 'replays', scope: 'region' });
export const timersTable = defineTable<TimerRow>({ service: 'eventbridge', name: 'timers', scope: 'global' });

export const padMs = (ms: number) => String(Math.max(0, Math.floor(ms))).padStart(15, '0');
export const archivedEventKey = (archive: string, arrivedMs: number, id: string) => `${archive}/${padMs(arrivedMs)}/${id}`;
