import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the pinned aws-sdk@2 package keeps its service models; read with fs, never required. */
export function awsSdkApisDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('aws-sdk/package.json')), 'apis');
}

/** The project's root folder (holding specs/ and package.json), from src/ or dist/src/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      readFileSync(join(dir, 'package.json'));
      readdirSync(join(dir, 'specs'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('cannot find the Kumo project root (package.json beside specs/)');
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
