import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeExportCommand, ExportTableToPointInTimeCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { failure } from './support.js';
import { startTransfer, type TransferFixture } from './transfer-support.js';

describe('DynamoDB DescribeExport', () => {
  let f: TransferFixture;
  before(async () => {
    f = await startTransfer();
    await f.s3.send(new CreateBucketCommand({ Bucket: 'out' }));
  });
  after(() => f.kumo.stop());

  test('shows an export IN_PROGRESS, then COMPLETED with its manifest, counts and end time', async () => {
    const tableArn = await f.pitrTable('tab1');
    const started = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'out', S3BucketOwner: '000000000000', S3SseAlgorithm: 'AES256' }))).ExportDescription!;
    const running = (await f.ddb.send(new DescribeExportCommand({ ExportArn: started.ExportArn }))).ExportDescription!;
    assert.ok(['IN_PROGRESS', 'COMPLETED'].includes(running.ExportStatus!));
    assert.equal(running.TableArn, tableArn);
    assert.equal(running.S3BucketOwner, '000000000000');
    assert.equal(running.S3SseAlgorithm, 'AES256');
    await f.advance();
    const done = (await f.ddb.send(new DescribeExportCommand({ ExportArn: started.ExportArn }))).ExportDescription!;
    assert.equal(done.ExportStatus, 'COMPLETED');
    assert.equal(done.ItemCount, 0);
    assert.equal(done.BilledSizeBytes, 0);
    assert.equal(done.ExportManifest, `AWSDynamoDB/${started.ExportArn!.split('/export/')[1]}/manifest-summary.json`);
    assert.equal(done.StartTime!.getTime(), started.StartTime!.getTime());
    assert.ok(done.EndTime);
    assert.equal(done.TableId, started.TableId);
  });

  test('a bucket owned by another account fails the export with S3AccessDenied', async () => {
    const tableArn = await f.pitrTable('tab2');
    const started = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'out', S3BucketOwner: '111111111111' }))).ExportDescription!;
    await f.advance();
    const done = (await f.ddb.send(new DescribeExportCommand({ ExportArn: started.ExportArn }))).ExportDescription!;
    assert.equal(done.ExportStatus, 'FAILED');
    assert.equal(done.FailureCode, 'S3AccessDenied');
  });

  test('an ARN that is not an export ARN is invalid; an unknown export is not found', async () => {
    const invalid = await failure(f.ddb.send(new DescribeExportCommand({ ExportArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/tab1' })));
    assert.equal(invalid.name, 'ValidationException');
    assert.match(invalid.message, /^Invalid Export ARN/);
    const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/tab1/export/01700000000000-0badf00d';
    const missing = await failure(f.ddb.send(new DescribeExportCommand({ ExportArn: arn })));
    assert.equal(missing.name, 'ExportNotFoundException');
    assert.equal(missing.status, 400);
    assert.equal(missing.message, `Export not found: ${arn}`);
  });
});
