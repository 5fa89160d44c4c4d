import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, type RawModel } from './compile-model.js';
import { deepMerge } from './deep-merge.js';
import { awsSdkApisDir, projectRoot, readJson } from './model-files.js';
import { MODEL_INDEX } from './model-index.generated.js';
import type { ServiceEntry } from './service-entry.js';
import type { ServiceModel } from './shape.js';

/**
 * Every AWS service Kumo knows of: a small index built at start (with Kumo's patches to
 * metadata applied), and each service's full model compiled on first use.
 */
export class ModelCatalog {
  readonly entries: readonly ServiceEntry[];
  private readonly byName = new Map<string, ServiceEntry>();
  private readonly compiled = new Map<string, ServiceModel>();
  private readonly patches = new Map<string, RawModel>();

  constructor(
    private readonly apisDir = awsSdkApisDir(),
    private readonly patchesDir = join(projectRoot(), 'specs', 'patches'),
  ) {
    if (existsSync(this.patchesDir)) {
      for (const file of readdirSync(this.patchesDir).filter((f) => f.endsWith('.json'))) {
        this.patches.set(file.slice(0, -'.json'.length), readJson<RawModel>(join(this.patchesDir, file)));
      }
    }
    this.entries = MODEL_INDEX.map((entry) => this.patchedEntry(entry));
    for (const entry of this.entries) this.byName.set(entry.name, entry);
  }

  entry(name: string): ServiceEntry | undefined {
    return this.byName.get(name);
  }

  model(name: string): ServiceModel {
    const cached = this.compiled.get(name);
    if (cached) return cached;
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`no AWS model for service ${name}`);
    let raw = readJson<RawModel>(join(this.apisDir, entry.file));
    const patch = this.patches.get(name);
    if (patch) raw = deepMerge(raw, patch) as RawModel;
    const model = compileModel(raw);
    this.compiled.set(name, model);
    return model;
  }

  private patchedEntry(entry: ServiceEntry): ServiceEntry {
    const meta = this.patches.get(entry.name)?.metadata as Record<string, unknown> | undefined;
    if (!meta) return entry;
    return {
      ...entry,
      ...(Array.isArray(meta.protocols) ? { protocols: meta.protocols as ServiceEntry['protocols'] } : {}),
      ...(typeof meta.targetPrefix === 'string' ? { targetPrefix: meta.targetPrefix } : {}),
      ...(typeof meta.signingName === 'string' ? { signingName: meta.signingName } : {}),
    };
  }
}

let shared: ModelCatalog | undefined;
/** The process-wide catalog; models are immutable once compiled, so one instance serves all. */
export function modelCatalog(): ModelCatalog {
  shared ??= new ModelCatalog();
  return shared;
}
