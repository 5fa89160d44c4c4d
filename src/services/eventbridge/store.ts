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
