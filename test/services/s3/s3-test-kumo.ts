import { S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';

/** A Kumo with S3 and a client for it; `as(account)` acts as another account (12-digit key). */
export async function startS3(): Promise<{ kumo: EmbeddedKumo; s3: S3Client; as: (accountId: string, region?: string) => S3Client }> {
  const kumo = await startTestKumo(['s3']);
  const s3 = new S3Client({ ...kumo.clientConfig, forcePathStyle: true });
  const as = (accountId: string, region = kumo.clientConfig.region) =>
    new S3Client({ ...kumo.clientConfig, region, forcePathStyle: true, credentials: { accessKeyId: accountId, secretAccessKey: 'test' } });
  return { kumo, s3, as };
}

export async function bodyText(body: { transformToString(): Promise<string> } | undefined): Promise<string> {
  return body ? body.transformToString() : '';
}
