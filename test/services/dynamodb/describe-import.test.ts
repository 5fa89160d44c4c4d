import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeImportCommand, ImportTableCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { failure } from './support.js';
import { startTransfer, type TransferFixture } from './transfer-support.js';

describe('DynamoDB DescribeImport', () => {
  let f: TransferFixture;
  before(async () => {
    f = await startTransfer();
    await f.s3.send(new CreateBucketCommand({ Bucket: 'imports-in' }));
    await f.s3.send(new PutObjectCommand({ Bucket: 'imports-in', Key: 'd/1.json', Body: '{"Item":{"id":{"S":"1"}}}\n' }));
  });
  after(() => f.kumo.stop());

  test('describes the import as ImportTable started it and as it ended', async () => {
    const parameters = { TableName: 'loaded', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' as const }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' as const }], ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } };
    const started = (await f.ddb.send(new ImportTableCommand({ S3BucketSource: { S3Bucket: 'imports-in', S3KeyPrefix: 'd/' }, InputFormat: 'DYNAMODB_JSON', TableCreationParameters: parameters }))).ImportTableDescription!;
    await f.advance();
    const done = (await f.ddb.send(new DescribeImportCommand({ ImportArn: started.ImportArn }))).ImportTableDescription!;
    assert.equal(done.ImportStatus, 'COMPLETED');
    for (const member of ['ImportArn', 'TableArn', 'TableId', 'ClientToken', 'S3BucketSource', 'InputFormat', 'InputCompressionType', 'TableCreationParameters', 'StartTime'] as const) {
      assert.deepEqual(done[member], started[member], member);
    }
    assert.deepEqual(done.TableCreationParameters, parameters);
    assert.equal(done.ProcessedItemCount, 1);
    assert.equal(done.ImportedItemCount, 1);
    assert.ok(done.EndTime! >= done.StartTime!);
  });

  test('an ARN that is not an import ARN is invalid; an unknown import is not found', async () => {
    const invalid = await failure(f.ddb.send(new DescribeImportCommand({ ImportArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/x/import/01658528578619-c4d4e311' })));
    assert.equal(invalid.name, 'ValidationException');
    assert.match(invalid.message, /^Invalid Import ARN/);
    const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/loaded/import/01700000000000-0badf00d';
    const missing = await failure(f.ddb.send(new DescribeImportCommand({ ImportArn: arn })));
    assert.equal(missing.name, 'ImportNotFoundException');
    assert.equal(missing.message, `Import not found: ${arn}`);
  });
});
