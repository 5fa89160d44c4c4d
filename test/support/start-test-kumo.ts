import { startKumo, type EmbeddedKumo } from '../../src/index.js';

/**
 * A Kumo for one test file: in memory, on a free port, silent. Pass `services` to start
 * only what the file needs. KUMO_TEST_LOG=info shows the request log.
 */
export async function startTestKumo(services?: string[]): Promise<EmbeddedKumo> {
  return startKumo({
    port: 0,
    services,
    logLevel: (process.env.KUMO_TEST_LOG as 'info' | undefined) ?? 'silent',
  });
}
