import { KMSClient } from '@aws-sdk/client-kms';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

/** One Kumo with KMS for a test file, plus a client and a clock mover. */
export async function startKms(services = ['kms']): Promise<{ kumo: EmbeddedKumo; kms: KMSClient; advance: (seconds: number) => Promise<void> }> {
  const kumo = await startTestKumo(services);
  const kms = new KMSClient(kumo.clientConfig);
  const advance = async (advanceSeconds: number) => {
    const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
    if (response.status !== 200) throw new Error(`clock: ${response.status}`);
  };
  return { kumo, kms, advance };
}
