import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecutionEnvironment, type InvokeOutcome, type InvokeRequest } from './execution-environment.js';
import { installBootstraps, kumoNodeModules, launchCommand, RUNNABLE_RUNTIMES } from './runtime-launcher.js';

/** Everything the engine needs to run one function version (it knows nothing of the store). */
export interface FunctionSpec {
  /** Environments are reused only for the same key: ARN, version and configuration revision. */
  poolKey: string;
  /** Reserved concurrency counts across versions: the unqualified ARN. */
  concurrencyKey: string;
  functionName: string;
  version: string;
  runtime: string;
  handler: string;
  codeDir: string;
  memoryMb: number;
  timeoutSec: number;
  /** The function's own variables plus Kumo's (endpoint, credentials, region). */
  environment: Record<string, string>;
  logGroup: string;
}

export interface InvocationResult extends InvokeOutcome {
  logStreamName: string;
  coldStart: boolean;
}

const IDLE_MS = 5 * 60_000;

/**
 * Pools of warm execution environments per function version: an invocation takes a free
 * one or cold-starts a new one. Every process is killed on stop, on idle expiry, when its
 * version's configuration changes, and when Kumo's own process exits.
 */
export class LambdaEngine {
  private dir: string | undefined;
  private installed: { node: string; python: string } | undefined;
  private readonly pools = new Map<string, ExecutionEnvironment[]>();
  private readonly busy = new Map<string, number>();
  private readonly modules = kumoNodeModules();
  private readonly sweeper: NodeJS.Timeout;
  private readonly onExit = () => this.stop();

  constructor(private readonly now: () => number) {
    this.sweeper = setInterval(() => this.sweep(), 30_000).unref();
    process.once('exit', this.onExit);
  }

  /** The engine's temporary directory (runners, unpacked code), made on first use. */
  get workDir(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'kumo-lambda-'));
    return this.dir;
  }

  private get bootstraps(): { node: string; python: string } {
    this.installed ??= installBootstraps(this.workDir);
    return this.installed;
  }

  static canRun(runtime: string): boolean {
    return runtime in RUNNABLE_RUNTIMES;
  }

  /** Invocations running now for a function (all versions). */
  running(concurrencyKey: string): number {
    return this.busy.get(concurrencyKey) ?? 0;
  }

  async invoke(spec: FunctionSpec, request: InvokeRequest): Promise<InvocationResult> {
    const pool = this.pools.get(spec.poolKey) ?? [];
    this.pools.set(spec.poolKey, pool);
    let env = pool.find((e) => !e.busy && !e.dead);
    const coldStart = !env;
    if (!env) {
      env = this.create(spec, pool);
      pool.push(env);
      env.busy = true;
      await env.start();
    }
    env.busy = true;
    this.busy.set(spec.concurrencyKey, this.running(spec.concurrencyKey) + 1);
    try {
      const outcome = await env.invoke(request);
      return { ...outcome, logStreamName: env.logStreamName, coldStart };
    } finally {
      this.busy.set(spec.concurrencyKey, this.running(spec.concurrencyKey) - 1);
    }
  }

  /** Drops the environments of every pool whose key starts with the prefix (a changed or deleted function). */
  retire(poolKeyPrefix: string): void {
    for (const [key, pool] of this.pools) {
      if (!key.startsWith(poolKeyPrefix)) continue;
      for (const env of pool) if (!env.busy) env.stop();
      this.pools.set(key, pool.filter((e) => !e.dead));
    }
  }

  stop(): void {
    clearInterval(this.sweeper);
    process.removeListener('exit', this.onExit);
    for (const pool of this.pools.values()) for (const env of pool) env.stop();
    this.pools.clear();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.installed = undefined;
  }

  private create(spec: FunctionSpec, pool: ExecutionEnvironment[]): ExecutionEnvironment {
    const family = RUNNABLE_RUNTIMES[spec.runtime]!;
    const { command, args } = launchCommand(family, spec.codeDir, this.bootstraps, spec.memoryMb);
    const date = new Date(this.now()).toISOString().slice(0, 10).replace(/-/g, '/');
    const logStreamName = `${date}/[${spec.version}]${randomBytes(16).toString('hex')}`;
    const env: Record<string, string> = {
      PATH: [spec.environment.KUMO_LAYERS_DIR ? `${spec.environment.KUMO_LAYERS_DIR}/bin` : '', process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'].filter(Boolean).join(':'),
      LANG: 'en_US.UTF-8',
      TZ: ':UTC',
      ...spec.environment,
      AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    };
    if (family === 'nodejs' && this.modules) {
      // Layer directories (set by the service) come first, then Kumo's own modules (the SDK).
      env.NODE_PATH = [spec.environment.NODE_PATH, this.modules.nodePath].filter(Boolean).join(':');
      env.KUMO_NODE_MODULES_PARENT = this.modules.parentUrl;
    }
    const environment = new ExecutionEnvironment(
      { command, args, cwd: spec.codeDir, env, timeoutMs: spec.timeoutSec * 1000 },
      logStreamName,
      (dead) => {
        const index = pool.indexOf(dead);
        if (index >= 0) pool.splice(index, 1);
      },
    );
    return environment;
  }

  private sweep(): void {
    const cutoff = Date.now() - IDLE_MS;
    for (const pool of this.pools.values()) {
      for (const env of [...pool]) if (!env.busy && env.lastUsed < cutoff) env.stop();
    }
    for (const [key, pool] of this.pools) this.pools.set(key, pool.filter((e) => !e.dead));
  }
}
