import { KMSClient } from '@aws-sdk/client-kms';
import { SSMClient } from '@aws-sdk/client-ssm';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

export async function startSsm(): Promise<{ kumo: EmbeddedKumo; ssm: SSMClient; kms: KMSClient }> {
  const kumo = await startTestKumo(['ssm', 'kms']);
  return { kumo, ssm: new SSMClient(kumo.clientConfig), kms: new KMSClient(kumo.clientConfig) };
}
