import { nextRotationDate } from './rotation-schedule.js';
import type { SecretRow } from '../store.js';

const DAY_MS = 86_400_000;

/** AWS reports last access by day only. */
export function accessDay(ms: number | undefined): Date | undefined {
  return ms === undefined ? undefined : new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}

export function versionsToStages(row: SecretRow): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const [id, version] of Object.entries(row.versions)) if (version.stages.length > 0) map[id] = version.stages;
  return map;
}

/** DescribeSecret's fields (ListSecrets uses the same, with SecretVersionsToStages). */
export function secretDescription(row: SecretRow): Record<string, unknown> {
  const out: Record<string, unknown> = { ARN: row.arn, Name: row.name };
  if (row.description !== undefined) out.Description = row.description;
  if (row.kmsKeyId !== undefined) out.KmsKeyId = row.kmsKeyId;
  const rotation = row.rotation;
  if (rotation) {
    out.RotationEnabled = rotation.enabled;
    if (rotation.lambdaArn !== undefined) out.RotationLambdaARN = rotation.lambdaArn;
    if (rotation.rules) out.RotationRules = rotation.rules;
    if (rotation.lastRotatedMs !== undefined) out.LastRotatedDate = new Date(rotation.lastRotatedMs);
  }
  out.LastChangedDate = new Date(row.lastChangedMs);
  const accessed = accessDay(row.lastAccessedMs);
  if (accessed) out.LastAccessedDate = accessed;
  if (row.deletedMs !== undefined) out.DeletedDate = new Date(row.deletedMs);
  if (rotation?.enabled && rotation.rules && rotation.nextRotationMs !== undefined && rotation.nextRotationMs < Number.MAX_SAFE_INTEGER) {
    out.NextRotationDate = nextRotationDate(rotation.rules, rotation.nextRotationMs);
  }
  if (row.tags.length > 0) out.Tags = row.tags;
  if (row.primaryRegion !== undefined) out.PrimaryRegion = row.primaryRegion;
  else if (row.replicas?.length) {
    out.PrimaryRegion = row.arn.split(':')[3];
    out.ReplicationStatus = replicationStatus(row);
  }
  out.CreatedDate = new Date(row.createdMs);
  return out;
}

export function replicationStatus(row: SecretRow): Record<string, unknown>[] {
  return (row.replicas ?? []).map((r) => ({
    Region: r.region,
    ...(r.kmsKeyId !== undefined ? { KmsKeyId: r.kmsKeyId } : {}),
    Status: r.status,
    ...(r.statusMessage !== undefined ? { StatusMessage: r.statusMessage } : {}),
  }));
}
