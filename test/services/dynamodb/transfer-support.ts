import { DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable } from './support.js';

/** A Kumo serving DynamoDB and S3, for exports to and imports from S3. */
export interface TransferFixture {
  kumo: EmbeddedKumo;
  ddb: DynamoDBClient;
  s3: S3Client;
  /** Moves Kumo's clock (0: just waits for background work that is due, exports and imports). */
  advance(seconds?: number): Promise<void>;
  /** Every object under a prefix, key to bytes. */
  objects(bucket: string, prefix?: string): Promise<Map<string, Buffer>>;
  /** A table `pk` (S) [+ `sk`] with PITR on. */
  pitrTable(name: string, hashOnly?: boolean): Promise<string>;
}

export async function startTransfer(): Promise<TransferFixture> {
  const kumo = await startTestKumo(['dynamodb', 's3', 'cloudwatch-logs']);
  const ddb = new DynamoDBClient({ ...kumo.clientConfig, maxAttempts: 1 });
  const s3 = new S3Client({ ...kumo.clientConfig, forcePathStyle: true, maxAttempts: 1 });
  return {
    kumo,
    ddb,
    s3,
    async advance(seconds = 0) {
      const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: seconds }) });
      await response.arrayBuffer();
    },
    async objects(bucket, prefix) {
      const out = new Map<string, Buffer>();
      let token: string | undefined;
      do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const object of page.Contents ?? []) {
          const body = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
          out.set(object.Key!, Buffer.from(await body.Body!.transformToByteArray()));
        }
        token = page.NextContinuationToken;
      } while (token);
      return out;
    },
    async pitrTable(name, hashOnly = true) {
      await createKeyTable(ddb, name, { hashOnly });
      await ddb.send(new UpdateContinuousBackupsCommand({ TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
      return `arn:aws:dynamodb:us-east-1:000000000000:table/${name}`;
    },
  };
}
