import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBackupCommand, DescribeBackupCommand, DescribeContributorInsightsCommand, DescribeExportCommand, DescribeImportCommand,
  DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient, GetItemCommand, PutItemCommand, ScanCommand,
  UpdateContinuousBackupsCommand, UpdateContributorInsightsCommand, UpdateTableCommand, UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';
import type { OperationContext } from '../../../src/services/define-service.js';
import type { Clock } from '../../../src/engine/types.js';
import type { InternalClient } from '../../../src/internal-client/types.js';
import { openStore } from '../../../src/store/open-store.js';
import { exportTableToPointInTime } from '../../../src/services/dynamodb/operations/export-table-to-point-in-time.js';
import { importTable } from '../../../src/services/dynamodb/operations/import-table.js';
import { createKeyTable } from './support.js';

const ACCOUNT = '000000000000';
const TABLE_ARN = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;
const OBJECTS: Record<string, string> = {
  'src/1.json': '{"Item":{"pk":{"S":"a"},"v":{"N":"1"}}}\n{"Item":{"pk":{"S":"b"},"v":{"N":"2"}}}\n',
  'src/2.json': '{"Item":{"pk":{"S":"c"},"v":{"N":"3"}}}\n',
};

/**
 * Runs an operation against the data directory with no Kumo running its background work, then
 * closes the store while the job waits on S3: what a Kumo killed mid-job leaves on disk. `s3`
 * answers the job's S3 calls until it returns undefined, after which the call never answers.
 */
async function interruptedJob(dataDir: string, run: (ctx: OperationContext) => unknown, s3: (operation: string, input: Record<string, unknown>) => unknown): Promise<unknown> {
  const store = openStore({ dataDir });
  const scope = { accountId: ACCOUNT, region: 'us-east-1' };
  let stuck!: () => void;
  const reached = new Promise<void>((resolve) => (stuck = resolve));
  const aws = {
    call: async (_service: string, operation: string, input: Record<string, unknown>) => {
      const answer = s3(operation, input);
      if (answer !== undefined) return answer;
      stuck();
      return new Promise(() => undefined);
    },
  } as unknown as InternalClient;
  const ctx: OperationContext = {
    service: 'dynamodb', operation: 'test', ...scope, requestId: 'r', caller: { accessKeyId: 'test', accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, userId: ACCOUNT },
    clock: { now: () => Date.now(), date: () => new Date() } as unknown as Clock, aws, table: (definition) => store.table(definition, scope), store, endpoint: '', sourceIp: '127.0.0.1',
  };
  const out = await run(ctx);
  await reached;
  store.close();
  return out;
}

describe('DynamoDB background work across a restart', () => {
  let dir: string;
  let kumo: EmbeddedKumo | undefined;
  let exportArn: string;
  let importArn: string;
  const clients = (k: EmbeddedKumo) => ({
    ddb: new DynamoDBClient({ ...k.clientConfig, maxAttempts: 1 }),
    s3: new S3Client({ ...k.clientConfig, forcePathStyle: true, maxAttempts: 1 }),
  });
  const start = () => startKumo({ port: 0, services: ['dynamodb', 's3'], dataDir: dir });
  const advance = async (k: EmbeddedKumo, advanceSeconds: number) => (await fetch(`${k.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) })).arrayBuffer();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kumo-ddb-restart-'));
    const first = await start();
    const { ddb, s3 } = clients(first);
    await s3.send(new CreateBucketCommand({ Bucket: 'exports' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'imports' }));
    for (const [Key, Body] of Object.entries(OBJECTS)) await s3.send(new PutObjectCommand({ Bucket: 'imports', Key, Body }));
    await createKeyTable(ddb, 'orders', { hashOnly: true });
    await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: 'orders', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } }));
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'o1' }, g: { S: 'x' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'o2' }, g: { S: 'y' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'old' }, exp: { N: String(Math.floor(Date.now() / 1000) - 5) } } }));
    const updating = await ddb.send(new UpdateTableCommand({
      TableName: 'orders',
      AttributeDefinitions: [{ AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }],
    }));
    assert.equal(updating.TableDescription?.TableStatus, 'UPDATING');
    await ddb.send(new CreateBackupCommand({ TableName: 'orders', BackupName: 'before-stop' }));
    const insights = await ddb.send(new UpdateContributorInsightsCommand({ TableName: 'orders', ContributorInsightsAction: 'ENABLE' }));
    assert.equal(insights.ContributorInsightsStatus, 'ENABLING');
    await first.stop();

    // Kumo stops right after answering ExportTableToPointInTime and ImportTable, the import
    // having made its table and loaded the first object before the stop.
    const exported = (await interruptedJob(dir, (ctx) => exportTableToPointInTime({ TableArn: TABLE_ARN, S3Bucket: 'exports', S3Prefix: 'run' }, ctx), () => undefined)) as { ExportDescription: { ExportArn: string } };
    exportArn = exported.ExportDescription.ExportArn;
    let gets = 0;
    const imported = (await interruptedJob(
      dir,
      (ctx) => importTable({
        ClientToken: 'restart-1', InputFormat: 'DYNAMODB_JSON', S3BucketSource: { S3Bucket: 'imports', S3KeyPrefix: 'src/' },
        TableCreationParameters: { TableName: 'loaded', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' },
      }, ctx),
      (operation, input) => {
        if (operation === 'ListObjectsV2') return { Contents: Object.keys(OBJECTS).map((Key) => ({ Key, Size: OBJECTS[Key]!.length })) };
        if (operation === 'GetObject' && gets++ === 0) return { Body: Buffer.from(OBJECTS[input.Key as string]!) };
        return undefined;
      },
    )) as { ImportTableDescription: { ImportArn: string } };
    importArn = imported.ImportTableDescription.ImportArn;
    kumo = await start();
    await advance(kumo, 0);
  });
  after(async () => {
    await kumo?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an export Kumo stopped in the middle of is run again on start and completes', async () => {
    const { ddb, s3 } = clients(kumo!);
    const done = (await ddb.send(new DescribeExportCommand({ ExportArn: exportArn }))).ExportDescription!;
    assert.deepEqual([done.ExportStatus, done.ItemCount, done.FailureCode], ['COMPLETED', 3, undefined]);
    assert.ok(done.EndTime instanceof Date);
    const summary = JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: 'exports', Key: done.ExportManifest! }))).Body!.transformToString()) as { exportArn: string; itemCount: number };
    assert.deepEqual([summary.exportArn, summary.itemCount], [exportArn, 3]);
  });

  test('an import Kumo stopped in the middle of loads every object into the table it made, once', async () => {
    const { ddb } = clients(kumo!);
    const done = (await ddb.send(new DescribeImportCommand({ ImportArn: importArn }))).ImportTableDescription!;
    assert.deepEqual([done.ImportStatus, done.ProcessedItemCount, done.ImportedItemCount, done.ErrorCount], ['COMPLETED', 3, 3, 0]);
    const items = (await ddb.send(new ScanCommand({ TableName: 'loaded' }))).Items!.map((i) => i.pk!.S).sort();
    assert.deepEqual(items, ['a', 'b', 'c']);
    assert.equal((await ddb.send(new DescribeTableCommand({ TableName: 'loaded' }))).Table?.TableStatus, 'ACTIVE');
  });

  test('table, index, backup, TTL and Contributor Insights changes made before the stop read as finished', async () => {
    const { ddb } = clients(kumo!);
    const table = (await ddb.send(new DescribeTableCommand({ TableName: 'orders' }))).Table!;
    assert.deepEqual([table.TableStatus, table.GlobalSecondaryIndexes?.map((g) => [g.IndexName, g.IndexStatus])], ['ACTIVE', [['by-g', 'ACTIVE']]]);
    const backups = await ddb.send(new DescribeBackupCommand({ BackupArn: (await ddb.send(new CreateBackupCommand({ TableName: 'orders', BackupName: 'after' }))).BackupDetails!.BackupArn! }));
    assert.equal(backups.BackupDescription?.BackupDetails?.BackupStatus, 'AVAILABLE');
    assert.equal((await ddb.send(new DescribeTimeToLiveCommand({ TableName: 'orders' }))).TimeToLiveDescription?.TimeToLiveStatus, 'ENABLED');
    assert.equal((await ddb.send(new DescribeContributorInsightsCommand({ TableName: 'orders' }))).ContributorInsightsStatus, 'ENABLED');
  });

  test('the TTL sweep runs again after the restart and deletes what expired meanwhile', async () => {
    const { ddb } = clients(kumo!);
    await advance(kumo!, 31);
    assert.equal((await ddb.send(new GetItemCommand({ TableName: 'orders', Key: { pk: { S: 'old' } } }))).Item, undefined);
    assert.ok((await ddb.send(new GetItemCommand({ TableName: 'orders', Key: { pk: { S: 'o1' } } }))).Item);
  });
});
