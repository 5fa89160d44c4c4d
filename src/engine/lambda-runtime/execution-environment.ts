import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { RuntimeApiServer, MAX_RESPONSE_BYTES, type RuntimeReport } from './runtime-api-server.js';

/** How to start one environment's runtime process. */
export interface LaunchSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
}

export interface InvokeRequest {
  requestId: string;
  payload: Buffer;
  invokedFunctionArn: string;
  clientContext?: string;
}

/** One invocation's result as the runtime (or its failure) produced it. */
export interface InvokeOutcome {
  kind: 'response' | 'error' | 'init-error' | 'timeout' | 'exit' | 'too-large';
  payload: Buffer;
  errorType?: string;
  /** Output the runtime wrote during the invocation (and, on a cold start, during init). */
  output: string;
  durationMs: number;
  initDurationMs?: number;
  maxMemoryMb?: number;
}

const INIT_LIMIT_MS = 10_000;

/**
 * One execution environment: a runtime process and its Runtime API. Invocations run one at
 * a time; after a timeout, crash or init failure the environment is dead and is replaced, as
 * AWS resets a sandbox.
 */
export class ExecutionEnvironment {
  readonly api: RuntimeApiServer;
  private child: ChildProcess | undefined;
  private output = '';
  private startedAt = 0;
  private initDurationMs: number | undefined;
  private initialized = false;
  private settle: ((outcome: Omit<InvokeOutcome, 'output' | 'durationMs'>) => void) | undefined;
  private handedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  dead = false;
  busy = false;
  lastUsed = Date.now();

  constructor(private readonly launch: LaunchSpec, readonly logStreamName: string, private readonly onDeath: (env: ExecutionEnvironment) => void) {
    this.api = new RuntimeApiServer((report) => this.report(report), () => this.handed());
  }

  async start(): Promise<void> {
    const address = await this.api.listen();
    this.startedAt = performance.now();
    const child = spawn(this.launch.command, this.launch.args, {
      cwd: this.launch.cwd,
      env: { ...this.launch.env, AWS_LAMBDA_RUNTIME_API: address },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const capture = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    child.stdout!.on('data', capture);
    child.stderr!.on('data', capture);
    child.on('error', (error) => {
      this.output += `${error.message}\n`;
      this.die('exit', `Runtime exited with error: ${error.message}`);
    });
    child.on('exit', (code, signal) => this.die('exit', `Runtime exited with error: ${signal ? `signal: ${signal.toLowerCase()}` : `exit status ${code ?? 0}`}`));
  }

  /** Runs one event; resolves with whatever ended it. */
  invoke(request: InvokeRequest): Promise<InvokeOutcome> {
    this.busy = true;
    const coldStart = !this.initialized;
    const began = performance.now();
    return new Promise<InvokeOutcome>((resolve) => {
      this.settle = (outcome) => {
        clearTimeout(this.timer);
        this.settle = undefined;
        // Let output written just before the report arrive (pipes and the socket race).
        setImmediate(() => setImmediate(() => {
          const output = this.output;
          this.output = '';
          this.busy = false;
          this.lastUsed = Date.now();
          const handed = this.handedAt || performance.now();
          resolve({
            ...outcome,
            output,
            durationMs: performance.now() - handed,
            initDurationMs: coldStart ? this.initDurationMs ?? performance.now() - began : undefined,
            maxMemoryMb: this.maxMemoryMb(),
          });
        }));
      };
      this.handedAt = 0;
      if (this.dead) return this.settle({ kind: 'exit', payload: Buffer.alloc(0), errorType: 'Runtime.ExitError' });
      // Init has its own limit; the function's timeout starts when the runtime takes the event.
      this.timer = setTimeout(() => this.expire('init'), coldStart ? INIT_LIMIT_MS : this.launch.timeoutMs);
      this.api.deliver({
        requestId: request.requestId,
        payload: request.payload,
        deadlineMs: Date.now() + this.launch.timeoutMs,
        invokedFunctionArn: request.invokedFunctionArn,
        clientContext: request.clientContext,
      });
    });
  }

  stop(): void {
    this.dead = true;
    clearTimeout(this.timer);
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    this.api.close();
  }

  private handed(): void {
    if (!this.initialized) {
      this.initialized = true;
      this.initDurationMs = performance.now() - this.startedAt;
    }
    this.handedAt = performance.now();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.expire('invoke'), this.launch.timeoutMs);
  }

  private expire(phase: 'init' | 'invoke'): void {
    const settle = this.settle;
    this.kill();
    settle?.({ kind: 'timeout', payload: Buffer.alloc(0), errorType: phase === 'init' ? 'Runtime.InitTimeout' : 'Sandbox.Timedout' });
  }

  private report(report: RuntimeReport): void {
    if (report.kind === 'init-error') {
      const settle = this.settle;
      this.kill();
      settle?.({ kind: 'init-error', payload: report.body, errorType: report.errorType });
      return;
    }
    if (report.kind === 'too-large') {
      return this.settle?.({ kind: 'too-large', payload: Buffer.from(String(report.size)), errorType: 'Function.ResponseSizeTooLarge' });
    }
    this.settle?.({ kind: report.kind, payload: report.body, errorType: report.kind === 'error' ? report.errorType : undefined });
  }

  private die(kind: 'exit', message: string): void {
    if (this.dead) return;
    const settle = this.settle;
    this.kill();
    settle?.({ kind, payload: Buffer.from(message), errorType: 'Runtime.ExitError' });
  }

  private kill(): void {
    if (this.dead) return;
    this.stop();
    this.onDeath(this);
  }

  /** Peak resident memory from /proc (Linux); undefined elsewhere. */
  private maxMemoryMb(): number | undefined {
    const pid = this.child?.pid;
    if (!pid || this.dead) return undefined;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      return hwm ? Math.ceil(Number(hwm[1]) / 1024) : undefined;
    } catch {
      return undefined;
    }
  }
}

export { MAX_RESPONSE_BYTES };
