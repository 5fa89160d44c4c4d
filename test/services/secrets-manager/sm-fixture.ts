import { KMSClient } from '@aws-sdk/client-kms';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

/** One Kumo with Secrets Manager and KMS for a test file, clients and a clock mover. */
export async function startSecrets(): Promise<{ kumo: EmbeddedKumo; sm: SecretsManagerClient; kms: KMSClient; advance: (seconds: number) => Promise<void> }> {
  const kumo = await startTestKumo(['secrets-manager', 'kms']);
  const advance = async (advanceSeconds: number) => {
    const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
    if (response.status !== 200) throw new Error(`clock: ${response.status}`);
  };
  return { kumo, sm: new SecretsManagerClient(kumo.clientConfig), kms: new KMSClient(kumo.clientConfig), advance };
}
