import { join } from 'node:path';
import { projectRoot, readJson } from '../model/model-files.js';

let version: string | undefined;
/** Kumo's version, from its package.json. */
export function kumoVersion(): string {
  version ??= readJson<{ version: string }>(join(projectRoot(), 'package.json')).version;
  return version;
}
