import { defineTable } from '../../../store/types.js';
import type { TableRecord } from '../store.js';
import type { ItemsContext } from './streams.js';

/**
 * Per-replica settings a global table keeps beside the table definition, keyed by table name in
 * the replica's region: the overrides ReplicaUpdates `Update` set (read capacity of the table and
 * its GSIs, table class), shown in DescribeTable's Replicas, and the auto scaling settings
 * UpdateGlobalTableSettings records (`read`, `write`, `read/<index>`, `write/<index>`). Kumo has no
 * Application Auto Scaling: the settings are recorded and described, never acted on.
 */
export interface AutoScalingSettings {
  MinimumUnits?: number;
  MaximumUnits?: number;
  AutoScalingDisabled: boolean;
  AutoScalingRoleArn?: string;
  ScalingPolicies: Array<{ PolicyName: string; TargetTrackingScalingPolicyConfiguration: Record<string, unknown> }>;
}

export interface ReplicaSettingsRow {
  readOverride?: number;
  gsiReadOverrides?: Record<string, number>;
  tableClassOverride?: string;
  autoScaling?: Record<string, AutoScalingSettings>;
}

export const replicaSettingsTable = defineTable<ReplicaSettingsRow>({ service: 'dynamodb', name: 'replica-settings', scope: 'region' });

export interface AutoScalingUpdate {
  MinimumUnits?: number;
  MaximumUnits?: number;
  AutoScalingDisabled?: boolean;
  AutoScalingRoleArn?: string;
  ScalingPolicyUpdate?: { PolicyName?: string; TargetTrackingScalingPolicyConfiguration?: Record<string, unknown> };
}

/** How DynamoDB describes a dimension without auto scaling. */
export const NO_AUTO_SCALING: AutoScalingSettings = { AutoScalingDisabled: true, ScalingPolicies: [] };

/** Applies an auto scaling update to a dimension (`read`/`write`, of the table or `<kind>/<index>`). */
export function applyAutoScaling(ctx: ItemsContext, row: ReplicaSettingsRow, table: TableRecord, dimension: string, update: AutoScalingUpdate): void {
  const all = (row.autoScaling ??= {});
  if (update.AutoScalingDisabled) {
    all[dimension] = { ...NO_AUTO_SCALING };
    return;
  }
  const current = all[dimension] ?? { AutoScalingDisabled: false, ScalingPolicies: [] };
  const [kind, index] = dimension.split('/');
  const resource = index === undefined ? `table/${table.name}` : `table/${table.name}/index/${index}`;
  const metric = `DynamoDB${kind === 'read' ? 'Read' : 'Write'}CapacityUtilization`;
  const policy = update.ScalingPolicyUpdate;
  all[dimension] = {
    ...current,
    AutoScalingDisabled: false,
    ...(update.MinimumUnits !== undefined ? { MinimumUnits: update.MinimumUnits } : {}),
    ...(update.MaximumUnits !== undefined ? { MaximumUnits: update.MaximumUnits } : {}),
    AutoScalingRoleArn:
      update.AutoScalingRoleArn ??
      current.AutoScalingRoleArn ??
      `arn:aws:iam::${ctx.accountId}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`,
    // One policy per dimension: a new name replaces the old policy.
    ScalingPolicies: policy
      ? [{ PolicyName: policy.PolicyName ?? `${metric}:${resource}`, TargetTrackingScalingPolicyConfiguration: { ...(policy.TargetTrackingScalingPolicyConfiguration ?? {}) } }]
      : current.ScalingPolicies,
  };
}

export function autoScalingOf(row: ReplicaSettingsRow | undefined, dimension: string): AutoScalingSettings {
  return row?.autoScaling?.[dimension] ?? NO_AUTO_SCALING;
}

/** Drops a table's replica settings with the table (dropTable). */
export function dropReplicaSettings(ctx: ItemsContext, tableName: string): void {
  ctx.table(replicaSettingsTable).delete(tableName);
}
