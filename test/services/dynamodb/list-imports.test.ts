import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ImportTableCommand, ListImportsCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { failure } from './support.js';
import { startTransfer, type TransferFixture } from './transfer-support.js';

describe('DynamoDB ListImports', () => {
  let f: TransferFixture;
  const arns: string[] = [];
  before(async () => {
    f = await startTransfer();
    await f.s3.send(new CreateBucketCommand({ Bucket: 'imports-in' }));
    await f.s3.send(new PutObjectCommand({ Bucket: 'imports-in', Key: 'd/1.json', Body: '{"Item":{"id":{"S":"1"}}}\n' }));
    for (const TableName of ['first', 'second']) {
      const started = await f.ddb.send(new ImportTableCommand({
        S3BucketSource: { S3Bucket: 'imports-in', S3KeyPrefix: 'd/' },
        InputFormat: 'DYNAMODB_JSON',
        TableCreationParameters: { TableName, AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' },
      }));
      arns.push(started.ImportTableDescription!.ImportArn!);
    }
    await f.advance();
  });
  after(() => f.kumo.stop());

  test('lists summaries with exactly the ImportSummary members, filtered by table and paged', async () => {
    const all = await f.ddb.send(new ListImportsCommand({}));
    assert.deepEqual(all.ImportSummaryList!.map((s) => s.ImportArn).sort(), [...arns].sort());
    const summary = all.ImportSummaryList!.find((s) => s.ImportArn === arns[0])!;
    assert.deepEqual(Object.keys(summary).sort(), ['CloudWatchLogGroupArn', 'EndTime', 'ImportArn', 'ImportStatus', 'InputFormat', 'S3BucketSource', 'StartTime', 'TableArn']);
    assert.equal(summary.ImportStatus, 'COMPLETED');
    const filtered = await f.ddb.send(new ListImportsCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/first' }));
    assert.deepEqual(filtered.ImportSummaryList!.map((s) => s.ImportArn), [arns[0]]);
    const page1 = await f.ddb.send(new ListImportsCommand({ PageSize: 1 }));
    assert.equal(page1.ImportSummaryList!.length, 1);
    assert.ok(page1.NextToken);
    const page2 = await f.ddb.send(new ListImportsCommand({ PageSize: 1, NextToken: page1.NextToken }));
    assert.equal(page2.ImportSummaryList!.length, 1);
    assert.notEqual(page2.ImportSummaryList![0]!.ImportArn, page1.ImportSummaryList![0]!.ImportArn);
    assert.equal(page2.NextToken, undefined);
  });

  test('refuses PageSize above 25 and a bad NextToken', async () => {
    const size = await failure(f.ddb.send(new ListImportsCommand({ PageSize: 26 })));
    assert.equal(size.name, 'ValidationException');
    assert.equal(size.message, "1 validation error detected: Value '26' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 25");
    const token = await failure(f.ddb.send(new ListImportsCommand({ NextToken: '0'.repeat(112) })));
    assert.equal(token.name, 'ValidationException');
  });
});
