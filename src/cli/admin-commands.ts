import { readFileSync, writeFileSync } from 'node:fs';
import { openStore } from '../store/open-store.js';
import type { StateDocument } from '../store/types.js';
import { DEFAULT_CONFIG, configFromEnv } from '../server/config.js';

/**
 * `kumo status | reset | export FILE | import FILE`. They talk to a running Kumo through its
 * internal endpoints; with no Kumo running, reset/export/import work on the data directory.
 */
export async function adminCommand(command: string, args: string[]): Promise<number> {
  const config = { ...DEFAULT_CONFIG, ...configFromEnv() };
  const endpoint = process.env.KUMO_ENDPOINT ?? process.env.AWS_ENDPOINT_URL ?? `http://127.0.0.1:${config.port}`;
  const service = flag(args, '--service');
  const file = args.find((a) => !a.startsWith('--') && a !== service);
  const running = await isRunning(endpoint);

  switch (command) {
    case 'status': {
      if (!running) {
        console.log(`Kumo is not running at ${endpoint}.`);
        return 1;
      }
      console.log(await (await fetch(`${endpoint}/_kumo/health`)).text());
      return 0;
    }
    case 'reset': {
      if (running) {
        const response = await fetch(`${endpoint}/_kumo/reset${service ? `?service=${encodeURIComponent(service)}` : ''}`, { method: 'POST' });
        console.log(await response.text());
        return response.ok ? 0 : 1;
      }
      const store = openStore({ dataDir: config.dataDir });
      store.reset(service);
      store.close();
      console.log(`Reset ${service ?? 'all services'} in ${config.dataDir}.`);
      return 0;
    }
    case 'export': {
      if (!file) throw new Error('usage: kumo export FILE [--service NAME]');
      let document: unknown;
      if (running) {
        document = await (await fetch(`${endpoint}/_kumo/state${service ? `?service=${encodeURIComponent(service)}` : ''}`)).json();
      } else {
        const store = openStore({ dataDir: config.dataDir });
        document = await store.exportState(service);
        store.close();
      }
      writeFileSync(file, JSON.stringify(document, null, 1));
      console.log(`Exported ${service ?? 'all state'} to ${file}.`);
      return 0;
    }
    case 'import': {
      if (!file) throw new Error('usage: kumo import FILE');
      const text = readFileSync(file, 'utf8');
      if (running) {
        const response = await fetch(`${endpoint}/_kumo/state`, { method: 'POST', body: text, headers: { 'content-type': 'application/json' } });
        console.log(await response.text());
        return response.ok ? 0 : 1;
      }
      const store = openStore({ dataDir: config.dataDir });
      await store.importState(JSON.parse(text) as StateDocument);
      store.close();
      console.log(`Imported ${file} into ${config.dataDir}.`);
      return 0;
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function isRunning(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/_kumo/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}
