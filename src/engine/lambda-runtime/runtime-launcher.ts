import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BOOTSTRAP } from './runners/node-bootstrap.js';
import { PYTHON_BOOTSTRAP } from './runners/python-bootstrap.js';

/** The runtimes Kumo can run, and the process each starts. */
export type RuntimeFamily = 'nodejs' | 'python' | 'provided';

export const RUNNABLE_RUNTIMES: Readonly<Record<string, RuntimeFamily>> = {
  'nodejs18.x': 'nodejs',
  'nodejs20.x': 'nodejs',
  'nodejs22.x': 'nodejs',
  'python3.9': 'python',
  'python3.10': 'python',
  'python3.11': 'python',
  'python3.12': 'python',
  'python3.13': 'python',
  'provided.al2': 'provided',
  'provided.al2023': 'provided',
  provided: 'provided',
};

/** Writes the shipped bootstraps once per work directory; returns their paths. */
export function installBootstraps(workDir: string): { node: string; python: string } {
  const dir = join(workDir, 'runtime');
  mkdirSync(dir, { recursive: true });
  const node = join(dir, 'bootstrap.mjs');
  const python = join(dir, 'bootstrap.py');
  writeFileSync(node, NODE_BOOTSTRAP);
  writeFileSync(python, PYTHON_BOOTSTRAP);
  return { node, python };
}

/**
 * Where Kumo's own node_modules are (for functions that import the AWS SDK without bundling
 * it): NODE_PATH for require(), and a parent URL for the ESM resolve hook.
 */
export function kumoNodeModules(): { nodePath: string; parentUrl: string } | undefined {
  const require = createRequire(import.meta.url);
  const paths = require.resolve.paths('@aws-sdk/client-sts') ?? [];
  let packageJson: string | undefined;
  try {
    packageJson = require.resolve('@aws-sdk/client-sts/package.json');
  } catch {
    packageJson = undefined;
  }
  if (!packageJson) return paths.length ? { nodePath: paths.join(':'), parentUrl: pathToFileURL(join(paths[0]!, '..', 'index.js')).href } : undefined;
  // A file beside the node_modules that holds the SDK, so bare imports resolve from there.
  const nodeModules = dirname(dirname(dirname(packageJson)));
  return { nodePath: paths.join(':'), parentUrl: pathToFileURL(join(nodeModules, '..', 'kumo-resolve-base.js')).href };
}

/** The command line that starts a runtime of this family. */
export function launchCommand(family: RuntimeFamily, codeDir: string, bootstraps: { node: string; python: string }, memoryMb: number): { command: string; args: string[] } {
  switch (family) {
    case 'nodejs':
      // The heap limit follows the configured memory, as AWS's runtime sets it.
      return { command: process.execPath, args: [`--max-old-space-size=${Math.max(32, Math.floor(memoryMb * 0.9))}`, bootstraps.node] };
    case 'python':
      return { command: 'python3', args: ['-u', bootstraps.python] };
    case 'provided':
      return { command: join(codeDir, 'bootstrap'), args: [] };
  }
}
