import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock, Scheduler } from '../../engine/types.js';
import { LambdaEngine, extractZip } from '../../engine/lambda-runtime/index.js';
import type { InternalClient } from '../../internal-client/types.js';
import type { Store } from '../../store/types.js';
import type { CodeRef } from './model.js';
import { startMappingWorker } from './model/event-source-worker.js';
import type { HeldBatch } from './model/sqs-event-source.js';
import type { ShardCursor } from './model/dynamodb-event-source.js';

/** What Lambda keeps while a Kumo runs: the process engine and caches of unpacked code. */
export interface LambdaRuntime {
  readonly engine: LambdaEngine;
  readonly store: Store;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly aws: InternalClient;
  /** Code unpacks in progress or done, by blob id. */
  readonly unpacked: Map<string, Promise<string>>;
  /** Preparation (Pending -> Active, InProgress -> Successful) in progress, by function key. */
  readonly preparing: Map<string, Promise<void>>;
  /** Log groups and streams already created in CloudWatch Logs. */
  readonly logTargets: Set<string>;
  /** Cancels for scheduled async work (retries), so stop leaves nothing behind. */
  readonly timers: Set<() => void>;
  /** Event source mappings polling now, by UUID. */
  readonly polling: Set<string>;
  /** SQS messages held while a mapping's batching window is open, by UUID. */
  readonly sqsBatches: Map<string, HeldBatch>;
  /** Queue URLs by queue ARN. */
  readonly queueUrls: Map<string, string>;
  /** DynamoDB stream positions per mapping UUID and shard. */
  readonly streamCursors: Map<string, Map<string, ShardCursor>>;
}

// Keyed by store so several Kumos in one process (embedding, tests) keep separate engines.
const runtimes = new WeakMap<Store, LambdaRuntime>();

export function startLambdaRuntime(deps: { store: Store; clock: Clock; scheduler: Scheduler; aws: InternalClient }): void {
  stopLambdaRuntime(deps.store);
  const runtime: LambdaRuntime = {
    ...deps,
    engine: new LambdaEngine(() => deps.clock.now()),
    unpacked: new Map(),
    preparing: new Map(),
    logTargets: new Set(),
    timers: new Set(),
    polling: new Set(),
    sqsBatches: new Map(),
    queueUrls: new Map(),
    streamCursors: new Map(),
  };
  runtimes.set(deps.store, runtime);
  runtime.timers.add(startMappingWorker(runtime));
}

export function stopLambdaRuntime(store: Store): void {
  const runtime = runtimes.get(store);
  if (!runtime) return;
  for (const cancel of runtime.timers) cancel();
  runtime.engine.stop();
  runtimes.delete(store);
}

export function lambdaRuntime(store: Store): LambdaRuntime {
  const runtime = runtimes.get(store);
  if (!runtime) throw new Error('The Lambda service is not started.');
  return runtime;
}

/** The directory holding a version's unpacked code, unpacking the zip on first use. */
export function codeDirectory(runtime: LambdaRuntime, code: CodeRef): Promise<string> {
  let pending = runtime.unpacked.get(code.blobId);
  if (!pending) {
    pending = (async () => {
      const dir = join(runtime.engine.workDir, 'code', Buffer.from(code.sha256, 'base64').toString('hex'));
      if (existsSync(dir)) return dir;
      const staging = `${dir}.${process.pid}.${Date.now()}`;
      mkdirSync(staging, { recursive: true });
      try {
        extractZip(await runtime.store.blobs.read(code.blobId), staging);
        renameSync(staging, dir);
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        if (!existsSync(dir)) throw error;
      }
      return dir;
    })();
    pending.catch(() => runtime.unpacked.delete(code.blobId));
    runtime.unpacked.set(code.blobId, pending);
  }
  return pending;
}
