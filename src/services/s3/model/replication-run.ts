import type { OperationContext, ServiceRuntime } from '../../define-service.js';
import { defineTable, type StagedBlob, type Store } from '../../../store/types.js';
import { bucketsTable, objectKey, objectsTable, versionPrefix, versionsTable, type BucketRow, type ObjectRow } from '../store.js';
import { openObjectData } from './object-data.js';
import { findVersion, releaseData } from './object-versions.js';
import { applicableRules, destinationBucketName, type ReplicationRule } from './replication-config.js';
import { rewriteVersion } from './rewrite-version.js';
import { backgroundContext, s3RuntimeOf } from './s3-runtimes.js';

/** How long after a write its replica lands (Kumo clock time): S3 replicates in seconds, not at once. */
export const REPLICATION_DELAY_MS = 3_000;

/** A version still PENDING: what the job needs to run, even after a restart. */
export interface ReplicationJob {
  bucket: string;
  accountId: string;
  region: string;
  key: string;
  versionId: string;
  dueMs: number;
  /** The rules that covered the version when it was written (S3 replicates by the configuration then). */
  rules: ReplicationRule[];
}

/**
 * Jobs not yet done: `<due ms, 15 digits>\u0000<bucket>/<key>\u0001<versionId>`. Written in the
 * transaction that marks the version PENDING (before the request is answered), deleted in the one
 * that marks it COMPLETED or FAILED, so a restart or a kill -9 never strands a PENDING version.
 */
export const replicationJobsTable = defineTable<ReplicationJob>({ service: 's3', name: 'replication-jobs', scope: 'global' });

const jobKey = (job: ReplicationJob) => `${String(job.dueMs).padStart(15, '0')}\u0000${versionPrefix(job.bucket, job.key)}${job.versionId}`;

/** Cancels of the jobs each Kumo's scheduler holds, so stopping S3 drops them (the rows stay). */
const scheduled = new WeakMap<Store, Set<() => void>>();

function schedule(runtime: ServiceRuntime, key: string, job: ReplicationJob): void {
  let cancels = scheduled.get(runtime.store);
  if (!cancels) scheduled.set(runtime.store, (cancels = new Set()));
  const cancel = runtime.scheduler.at(job.dueMs, () => {
    cancels.delete(cancel);
    return replicate(runtime, key, job);
  });
  cancels.add(cancel);
}

/** At start: every job a previous run left (stopped or killed before it ran) is scheduled again. */
export function resumeReplication(runtime: ServiceRuntime): void {
  const jobs = runtime.store.table(replicationJobsTable, { accountId: '', region: '' });
  for (const { key, value } of jobs.list()) schedule(runtime, key, value);
}

export function stopReplication(runtime: ServiceRuntime): void {
  for (const cancel of scheduled.get(runtime.store) ?? []) cancel();
  scheduled.delete(runtime.store);
}

/**
 * Called after every committed write that S3 announces (model/notifications.ts): a new version
 * (or a delete marker) of a bucket with replication rules that cover it is marked PENDING and
 * copied to each destination shortly after, by a job on Kumo's scheduler. Replicas are written
 * directly, so they are never replicated again (S3 does not chain replication either).
 */
export function replicateAfterWrite(store: Store, bucket: BucketRow, event: { name: string; key: string; row?: { versionId: string } }): void {
  const config = bucket.replication;
  if (!config || bucket.versioning !== 'Enabled') return;
  const created = event.name.startsWith('ObjectCreated:');
  if (!created && event.name !== 'ObjectRemoved:DeleteMarkerCreated') return;
  const versionId = event.row?.versionId;
  const runtime = s3RuntimeOf(store);
  if (versionId === undefined || !runtime) return;
  const ctx = backgroundContext(runtime, bucket.accountId, bucket.region, 'Replication');
  const job = ctx.store.transaction(() => {
    const row = findVersion(ctx, bucket, event.key, versionId);
    if (!row) return undefined;
    const kms = row.serverSideEncryption?.startsWith('aws:kms') === true;
    const matching = applicableRules(config, row.key, row.tags ?? [], row.deleteMarker === true)
      // SSE-KMS objects replicate only when the rule opts in, as in S3.
      .filter((rule) => !kms || rule.SourceSelectionCriteria?.SseKmsEncryptedObjects?.Status === 'Enabled');
    if (matching.length === 0) return undefined;
    if (!row.deleteMarker) rewriteVersion(ctx, bucket, { ...row, replicationStatus: 'PENDING' });
    const due = runtime.clock.now() + REPLICATION_DELAY_MS;
    const pending: ReplicationJob = { bucket: bucket.name, accountId: bucket.accountId, region: bucket.region, key: event.key, versionId, dueMs: due, rules: matching };
    ctx.table(replicationJobsTable).put(jobKey(pending), pending);
    return pending;
  });
  if (job) schedule(runtime, jobKey(job), job);
}

async function replicate(runtime: ServiceRuntime, jobRowKey: string, job: ReplicationJob): Promise<void> {
  const ctx = backgroundContext(runtime, job.accountId, job.region, 'Replication');
  const jobs = ctx.table(replicationJobsTable);
  // Done already (another Kumo run finished it), or dropped by a reset.
  if (!jobs.has(jobRowKey)) return;
  const row = currentSource(ctx, job.bucket, job.key, job.versionId);
  if (!row) {
    jobs.delete(jobRowKey);
    return;
  }
  let failed = false;
  for (const rule of job.rules) {
    const done = await copyToDestination(ctx, row, rule).catch(() => false);
    if (!done) failed = true;
  }
  ctx.store.transaction(() => {
    jobs.delete(jobRowKey);
    if (row.deleteMarker) return;
    const bucket = ctx.table(bucketsTable).get(job.bucket);
    const latest = bucket ? findVersion(ctx, bucket, job.key, job.versionId) : undefined;
    if (bucket && latest) rewriteVersion(ctx, bucket, { ...latest, replicationStatus: failed ? 'FAILED' : 'COMPLETED' });
  });
}

/** The source version as it is now, or undefined when it (or its bucket) is gone. */
function currentSource(ctx: OperationContext, bucketName: string, key: string, versionId: string): ObjectRow | undefined {
  const bucket = ctx.table(bucketsTable).get(bucketName);
  return bucket ? findVersion(ctx, bucket, key, versionId) : undefined;
}

/** Copies the version's bytes into a new blob and writes the replica; false when the destination cannot take it. */
async function copyToDestination(ctx: OperationContext, row: ObjectRow, rule: ReplicationRule): Promise<boolean> {
  const name = destinationBucketName(rule.Destination.Bucket);
  const usable = (bucket: BucketRow | undefined): bucket is BucketRow => bucket !== undefined && bucket.versioning === 'Enabled';
  if (name === undefined || !usable(ctx.table(bucketsTable).get(name))) return false;
  const staged = row.deleteMarker ? undefined : await ctx.store.blobs.stage(openObjectData(ctx.store.blobs, row.data));
  let committed = false;
  try {
    return ctx.store.transaction(() => {
      const target = ctx.table(bucketsTable).get(name);
      if (!usable(target)) return false;
      staged?.commit();
      committed = true;
      writeReplica(ctx, target, replicaRow(row, rule, staged));
      return true;
    });
  } finally {
    if (staged && !committed) staged.discard();
  }
}

/** The replica: same key, version id, time, metadata and tags; the rule's class and owner override. */
function replicaRow(row: ObjectRow, rule: ReplicationRule, staged: StagedBlob | undefined): ObjectRow {
  const { restore: _restore, acl: _acl, replicationStatus: _status, ...rest } = row;
  const destination = rule.Destination;
  const replica: ObjectRow = { ...rest, data: staged ? [{ id: staged.id, size: staged.size }] : [] };
  if (row.deleteMarker) return replica;
  replica.replicationStatus = 'REPLICA';
  if (destination.StorageClass !== undefined) replica.storageClass = destination.StorageClass;
  if (destination.AccessControlTranslation && destination.Account !== undefined) replica.ownerAccountId = destination.Account;
  if (destination.EncryptionConfiguration?.ReplicaKmsKeyID !== undefined && row.serverSideEncryption?.startsWith('aws:kms')) {
    replica.kmsKeyId = destination.EncryptionConfiguration.ReplicaKmsKeyID;
  }
  return replica;
}

/** Puts the replica among the destination key's versions by its time; it becomes current only if newest. */
function writeReplica(ctx: OperationContext, bucket: BucketRow, replica: ObjectRow): void {
  const versions = ctx.table(versionsTable);
  const prefix = versionPrefix(bucket.name, replica.key);
  for (const { key, value } of versions.list({ prefix })) {
    if (value.versionId !== replica.versionId) continue;
    versions.delete(key);
    releaseData(ctx, value);
  }
  versions.put(prefix + replica.sort, replica);
  const newest = versions.list({ prefix, limit: 1 })[0]?.value;
  if (newest?.versionId !== replica.versionId) return;
  const objects = ctx.table(objectsTable);
  if (replica.deleteMarker) objects.delete(objectKey(bucket.name, replica.key));
  else objects.put(objectKey(bucket.name, replica.key), replica);
}
