import { randomUUID } from 'node:crypto';
import type { Store } from '../../../store/types.js';
import type { ServiceRuntime } from '../../define-service.js';
import { dueKey, rotationDueTable, secretsTable, type SecretRow } from '../store.js';
import { nextRotationStart } from './rotation-schedule.js';

export const ROTATION_STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;
export type RotationStep = (typeof ROTATION_STEPS)[number];

/** The runtime of each running Kumo, so an operation can hand a rotation to its scheduler. */
const runtimes = new Map<Store, ServiceRuntime>();

export function registerRotationRuntime(runtime: ServiceRuntime): void {
  runtimes.set(runtime.store, runtime);
}

export function forgetRotationRuntime(runtime: ServiceRuntime): void {
  if (runtimes.get(runtime.store) === runtime) runtimes.delete(runtime.store);
}

export function rotationRuntime(store: Store): ServiceRuntime | undefined {
  return runtimes.get(store);
}

/** What a rotation needs: an operation's context will do when no runtime is registered. */
export type RotationRuntime = Pick<ServiceRuntime, 'store' | 'aws' | 'clock'>;

export interface SecretScope {
  accountId: string;
  region: string;
}

/** A rotation in progress: AWSPENDING sits on a version that is not AWSCURRENT. */
export function pendingVersionId(row: SecretRow): string | undefined {
  return Object.entries(row.versions).find(([, v]) => v.stages.includes('AWSPENDING') && !v.stages.includes('AWSCURRENT'))?.[0];
}

/**
 * Opens a rotation as Secrets Manager does: an empty version labelled AWSPENDING under the
 * token (the function's createSecret step fills it with PutSecretValue), or the pending version
 * a failed rotation left, which is re-attempted. AWSPENDING leaves any other version.
 */
export function openRotation(row: SecretRow, token: string, nowMs: number): void {
  for (const [id, version] of Object.entries(row.versions)) {
    if (id !== token) version.stages = version.stages.filter((s) => s !== 'AWSPENDING');
  }
  const existing = row.versions[token];
  if (existing) {
    if (!existing.stages.includes('AWSPENDING')) existing.stages.push('AWSPENDING');
  } else {
    row.versions[token] = { stages: ['AWSPENDING'], createdMs: nowMs };
  }
  row.rotation = { ...row.rotation!, activeToken: token };
}

function lambdaScope(arn: string, fallback: SecretScope): SecretScope {
  const parts = arn.split(':');
  return parts[0] === 'arn' && parts.length >= 7 ? { region: parts[3], accountId: parts[4] } : fallback;
}

/** One step through the internal client; false when the function failed or could not run. */
async function invokeStep(runtime: RotationRuntime, scope: SecretScope, row: SecretRow, step: RotationStep, token: string): Promise<boolean> {
  const lambdaArn = row.rotation!.lambdaArn!;
  const payload = JSON.stringify({ Step: step, SecretId: row.arn, ClientRequestToken: token });
  try {
    const out = await runtime.aws.call<{ FunctionError?: string }>('lambda', 'Invoke', { FunctionName: lambdaArn, Payload: Buffer.from(payload) }, lambdaScope(lambdaArn, scope));
    return out.FunctionError === undefined;
  } catch {
    return false;
  }
}

/**
 * Runs the given steps in order, stopping at the first failure (the AWSPENDING version stays,
 * so the next RotateSecret answers that a rotation is incomplete and a scheduled rotation
 * re-attempts it) or when CancelRotateSecret cleared the active token. After finishSecret the
 * token's version must hold AWSCURRENT; AWSPENDING is then removed and the next window set.
 * With `testOnly` (RotateImmediately false) the empty test version is removed afterwards.
 */
export async function runRotation(runtime: RotationRuntime, scope: SecretScope, name: string, token: string, testOnly = false): Promise<void> {
  const table = runtime.store.table(secretsTable, scope);
  const steps: readonly RotationStep[] = testOnly ? ['testSecret'] : ROTATION_STEPS;
  let ok = true;
  for (const step of steps) {
    const row = table.get(name);
    if (!row?.rotation || row.rotation.activeToken !== token) return;
    if (!(await invokeStep(runtime, scope, row, step, token))) {
      ok = false;
      break;
    }
  }
  const row = table.get(name);
  if (!row?.rotation || row.rotation.activeToken !== token) return;
  const now = runtime.clock.now();
  const version = row.versions[token];
  delete row.rotation.activeToken;
  if (testOnly) {
    if (version && !version.value) delete row.versions[token];
    else if (version) version.stages = version.stages.filter((s) => s !== 'AWSPENDING');
  } else if (ok && version?.stages.includes('AWSCURRENT')) {
    version.stages = version.stages.filter((s) => s !== 'AWSPENDING');
    row.rotation.lastRotatedMs = now;
  }
  if (row.rotation.enabled && row.rotation.rules) scheduleNext(runtime, scope, row, now);
  table.put(name, row);
}

/** Sets the next window and indexes it for the sweep. */
export function scheduleNext(runtime: Pick<ServiceRuntime, 'store'>, scope: SecretScope, row: SecretRow, fromMs: number): void {
  const next = nextRotationStart(row.rotation!.rules!, fromMs);
  row.rotation!.nextRotationMs = next;
  if (next < Number.MAX_SAFE_INTEGER) {
    runtime.store.table(rotationDueTable, { accountId: '', region: '' }).put(dueKey(next, { ...scope, name: row.name }), { ...scope, name: row.name });
  }
}

/** Scheduled rotations that are due: re-attempt a pending version or open a new one. */
export async function runDueRotations(runtime: ServiceRuntime): Promise<void> {
  const now = runtime.clock.now();
  const due = runtime.store.table(rotationDueTable, { accountId: '', region: '' });
  const runs: Promise<void>[] = [];
  for (const { key, value } of due.list({ end: String(now + 1).padStart(15, '0'), limit: 100 })) {
    due.delete(key);
    const scope = { accountId: value.accountId, region: value.region };
    const table = runtime.store.table(secretsTable, scope);
    const row = table.get(value.name);
    const rotation = row?.rotation;
    if (!row || !rotation?.enabled || rotation.activeToken !== undefined || row.deletedMs !== undefined) continue;
    if (rotation.nextRotationMs === undefined || rotation.nextRotationMs > now) continue;
    const token = pendingVersionId(row) ?? randomUUID();
    openRotation(row, token, now);
    table.put(row.name, row);
    runs.push(runRotation(runtime, scope, row.name, token));
  }
  await Promise.all(runs);
}
