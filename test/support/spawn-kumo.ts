import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

export interface SpawnedKumo {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Waits for the process to exit; resolves its exit code or signal. */
  exited: Promise<number | string>;
}

/** Runs the `kumo` CLI from source (through tsx), as a user would run the built one. */
export function runKumo(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: () => string; exited: Promise<number | string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => output, exited };
}

/** Starts `kumo start` on a free port and resolves once it says it is serving. */
export async function spawnKumo(args: string[], env: NodeJS.ProcessEnv = {}): Promise<SpawnedKumo> {
  const run = runKumo(['start', '--port', '0', ...args], env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kumo did not start:\n${run.output()}`)), 30_000);
    const check = (): void => {
      const match = /serving AWS on (http:\/\/[\d.:]+)/.exec(run.output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    run.child.stdout!.on('data', check);
    void run.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`kumo exited before serving:\n${run.output()}`));
    });
  });
  return { ...run, url };
}
