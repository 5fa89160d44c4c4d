import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteTableCommand, ExportTableToPointInTimeCommand, ListExportsCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { failure } from './support.js';
import { startTransfer, type TransferFixture } from './transfer-support.js';

describe('DynamoDB ListExports', () => {
  let f: TransferFixture;
  const arns: Record<string, string[]> = { aaa1: [], aaa2: [] };
  before(async () => {
    f = await startTransfer();
    await f.s3.send(new CreateBucketCommand({ Bucket: 'out' }));
    for (const name of ['aaa1', 'aaa2']) {
      const tableArn = await f.pitrTable(name);
      for (let i = 0; i < 3; i++) {
        arns[name]!.push((await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'out', ExportType: i === 0 ? 'FULL_EXPORT' : undefined }))).ExportDescription!.ExportArn!);
        await f.advance(1);
      }
    }
  });
  after(() => f.kumo.stop());

  test('lists a table\'s exports newest first with their status and type, page by page', async () => {
    const first = await f.ddb.send(new ListExportsCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/aaa1', MaxResults: 2 }));
    assert.deepEqual(first.ExportSummaries!.map((s) => s.ExportArn), [arns.aaa1![2], arns.aaa1![1]]);
    assert.deepEqual(first.ExportSummaries![0], { ExportArn: arns.aaa1![2], ExportStatus: 'COMPLETED', ExportType: 'FULL_EXPORT' });
    const second = await f.ddb.send(new ListExportsCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/aaa1', MaxResults: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.ExportSummaries!.map((s) => s.ExportArn), [arns.aaa1![0]]);
    assert.equal(second.NextToken, undefined);
    const all = await f.ddb.send(new ListExportsCommand({}));
    assert.equal(all.ExportSummaries!.length, 6);
  });

  test('a deleted table\'s exports are not listed under its ARN', async () => {
    await f.ddb.send(new DeleteTableCommand({ TableName: 'aaa2' }));
    const listed = await f.ddb.send(new ListExportsCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/aaa2' }));
    assert.deepEqual(listed.ExportSummaries, []);
  });

  test('refuses a bad NextToken and MaxResults out of range', async () => {
    const token = await failure(f.ddb.send(new ListExportsCommand({ NextToken: '0123456789abcdef'.repeat(16) })));
    assert.equal(token.name, 'ValidationException');
    assert.equal(token.status, 400);
    assert.match(token.message, /ListExports/);
    const max = await failure(f.ddb.send(new ListExportsCommand({ MaxResults: 26 })));
    assert.equal(max.message, "1 validation error detected: Value '26' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 25");
  });
});
