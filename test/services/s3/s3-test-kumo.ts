import { S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';

/** A Kumo with S3 and a client for it; `as(account)` acts as another account (12-digit key). */
export async function startS3(otherServices: string[] = []): Promise<{ kumo: EmbeddedKumo; s3: S3Client; as: (accountId: string, region?: string) => S3Client }> {
  const kumo = await startTestKumo(['s3', ...otherServices]);
  const s3 = new S3Client({ ...kumo.clientConfig, forcePathStyle: true });
  const as = (accountId: string, region = kumo.clientConfig.region) =>
    new S3Client({ ...kumo.clientConfig, region, forcePathStyle: true, credentials: { accessKeyId: accountId, secretAccessKey: 'test' } });
  return { kumo, s3, as };
}

export async function bodyText(body: { transformToString(): Promise<string> } | undefined): Promise<string> {
  return body ? body.transformToString() : '';
}

/** Moves Kumo's clock forward; the answer comes after the work that became due. */
export async function advanceClock(kumo: EmbeddedKumo, seconds: number): Promise<void> {
  const res = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: seconds }) });
  if (!res.ok) throw new Error(`clock: ${res.status} ${await res.text()}`);
}
