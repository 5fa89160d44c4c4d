import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { extractZip } from '../../../engine/lambda-runtime/index.js';
import type { CodeRef, PolicyStatement } from '../model.js';
import type { LambdaRuntime } from '../runtime-state.js';
import { layersTable } from '../store.js';

/** One published layer version; keyed `name:0000000001`. */
export interface LayerVersionRecord {
  name: string;
  version: number;
  description: string;
  compatibleRuntimes: string[];
  compatibleArchitectures: string[];
  licenseInfo?: string;
  code: CodeRef;
  /** Clock ms. */
  createdDate: number;
  policy?: { revisionId: string; statements: PolicyStatement[] };
  /** Deleted versions stay for the functions that already use them (as on AWS), hidden from the API. */
  deleted?: boolean;
}

export const LAYER_VERSION_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/;

export function layerArn(scope: { accountId: string; region: string }, name: string): string {
  return `arn:aws:lambda:${scope.region}:${scope.accountId}:layer:${name}`;
}

export function layerKey(name: string, version: number): string {
  return `${name}:${String(version).padStart(10, '0')}`;
}

/** The layer versions a function's configuration names, in order; undefined when one is gone or unknown. */
export function loadLayers(runtime: LambdaRuntime, arns: readonly string[]): LayerVersionRecord[] | undefined {
  const out: LayerVersionRecord[] = [];
  for (const arn of arns) {
    const m = LAYER_VERSION_ARN.exec(arn);
    if (!m) return undefined;
    const row = runtime.store.table(layersTable, { accountId: m[2]!, region: m[1]! }).get(layerKey(m[3]!, Number(m[4])));
    if (!row) return undefined;
    out.push(row);
  }
  return out;
}

/**
 * The `/opt` of a set of layers: each zip unpacked over the previous one, in the order the
 * function lists them (a later layer's file wins, as on AWS). One directory per distinct
 * list, under the engine's work directory, since a local process cannot have its own /opt.
 */
export async function layersDirectory(runtime: LambdaRuntime, layers: readonly LayerVersionRecord[]): Promise<string> {
  const id = createHash('sha256').update(layers.map((l) => l.code.sha256).join(',')).digest('hex').slice(0, 32);
  const dir = join(runtime.engine.workDir, 'opt', id);
  let pending = runtime.unpacked.get(`opt:${id}`);
  if (!pending) {
    pending = (async () => {
      if (existsSync(dir)) return dir;
      const staging = `${dir}.${process.pid}.${Date.now()}`;
      mkdirSync(staging, { recursive: true });
      try {
        for (const layer of layers) extractZip(await runtime.store.blobs.read(layer.code.blobId), staging);
        renameSync(staging, dir);
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        if (!existsSync(dir)) throw error;
      }
      return dir;
    })();
    pending.catch(() => runtime.unpacked.delete(`opt:${id}`));
    runtime.unpacked.set(`opt:${id}`, pending);
  }
  return pending;
}

/** What the runtimes need to find a layer's libraries: AWS's /opt search paths, rooted at the directory. */
export function layerEnvironment(opt: string, runtime: string): Record<string, string> {
  const env: Record<string, string> = { KUMO_LAYERS_DIR: opt, LD_LIBRARY_PATH: `${opt}/lib` };
  if (runtime.startsWith('nodejs')) {
    const major = /^nodejs(\d+)/.exec(runtime)?.[1] ?? '';
    env.NODE_PATH = [`${opt}/nodejs/node${major}/node_modules`, `${opt}/nodejs/node_modules`].join(':');
  }
  if (runtime.startsWith('python')) {
    env.PYTHONPATH = [`${opt}/python`, `${opt}/python/lib/${runtime}/site-packages`].join(':');
  }
  return env;
}
