import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { DeleteItemCommand, DescribeExportCommand, ExportTableToPointInTimeCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { createKeyTable, failure } from './support.js';
import { startTransfer, type TransferFixture } from './transfer-support.js';

const md5 = (body: Buffer | string) => createHash('md5').update(body).digest('base64');

describe('DynamoDB ExportTableToPointInTime', () => {
  let f: TransferFixture;
  let tableArn: string;
  before(async () => {
    f = await startTransfer();
    await f.s3.send(new CreateBucketCommand({ Bucket: 'exports' }));
    tableArn = await f.pitrTable('books');
    await f.ddb.send(new PutItemCommand({
      TableName: 'books',
      Item: {
        pk: { S: 'b1' },
        n: { N: '103' },
        big: { N: '600' },
        bin: { B: new Uint8Array([0, 1, 255]) },
        ss: { SS: ['a', 'b'] },
        ns: { NS: ['1.5', '-2'] },
        l: { L: [{ S: 'x' }, { NULL: true }] },
        m: { M: { inner: { BOOL: false } } },
      },
    }));
    await f.ddb.send(new PutItemCommand({ TableName: 'books', Item: { pk: { S: 'b2' }, title: { S: 'Two' } } }));
  });
  after(() => f.kumo.stop());

  test('writes a full DynamoDB JSON export into S3 with its manifests', async () => {
    const started = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'exports', S3Prefix: 'dumps/2024' }))).ExportDescription!;
    assert.equal(started.ExportStatus, 'IN_PROGRESS');
    assert.match(started.ExportArn!, /^arn:aws:dynamodb:us-east-1:000000000000:table\/books\/export\/\d{14}-[0-9a-f]{8}$/);
    assert.equal(started.ExportFormat, 'DYNAMODB_JSON');
    assert.equal(started.ExportType, undefined, 'AWS shows ExportType only when the request gave it');
    assert.ok(started.ClientToken, 'a token is made up when none is given');
    assert.equal(started.S3Prefix, 'dumps/2024');
    assert.equal(started.EndTime, undefined);
    await f.advance();

    const done = (await f.ddb.send(new DescribeExportCommand({ ExportArn: started.ExportArn }))).ExportDescription!;
    assert.equal(done.ExportStatus, 'COMPLETED');
    assert.equal(done.ItemCount, 2);
    assert.ok(done.BilledSizeBytes! > 0);
    const id = started.ExportArn!.split('/export/')[1]!;
    const folder = `dumps/2024/AWSDynamoDB/${id}/`;
    assert.equal(done.ExportManifest, `${folder}manifest-summary.json`);
    assert.ok(done.EndTime! >= done.StartTime!);

    const files = await f.objects('exports', folder);
    const names = [...files.keys()].map((k) => k.slice(folder.length).replace(/^data\/[a-z2-7]{26}\.json\.gz$/, 'data/<file>.json.gz')).sort();
    assert.deepEqual(names, ['_started', 'data/<file>.json.gz', 'manifest-files.json', 'manifest-files.md5', 'manifest-summary.json', 'manifest-summary.md5']);
    assert.equal(files.get(`${folder}manifest-files.md5`)!.toString(), md5(files.get(`${folder}manifest-files.json`)!));
    assert.equal(files.get(`${folder}manifest-summary.md5`)!.toString(), md5(files.get(`${folder}manifest-summary.json`)!));

    const summary = JSON.parse(files.get(`${folder}manifest-summary.json`)!.toString()) as Record<string, unknown>;
    assert.equal(summary.version, '2020-06-30');
    assert.equal(summary.exportArn, started.ExportArn);
    assert.equal(summary.tableArn, tableArn);
    assert.equal(summary.s3Bucket, 'exports');
    assert.equal(summary.s3Prefix, 'dumps/2024');
    assert.equal(summary.manifestFilesS3Key, `${folder}manifest-files.json`);
    assert.equal(summary.itemCount, 2);
    assert.equal(summary.outputFormat, 'DYNAMODB_JSON');
    assert.equal(summary.billedSizeBytes, done.BilledSizeBytes);

    const [entry] = files.get(`${folder}manifest-files.json`)!.toString().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const data = files.get(entry!.dataFileS3Key as string)!;
    assert.equal(entry!.itemCount, 2);
    assert.equal(entry!.md5Checksum, md5(data));
    assert.match(entry!.etag as string, /^[0-9a-f]{32}$/);
    const lines = gunzipSync(data).toString().trim().split('\n').map((l) => JSON.parse(l) as { Item: Record<string, unknown> });
    const b1 = lines.find((l) => (l.Item.pk as { S: string }).S === 'b1')!.Item;
    assert.deepEqual(b1, {
      pk: { S: 'b1' },
      n: { N: '103' },
      big: { N: '600' },
      bin: { B: 'AAH/' },
      ss: { SS: ['a', 'b'] },
      ns: { NS: ['1.5', '-2'] },
      l: { L: [{ S: 'x' }, { NULL: true }] },
      m: { M: { inner: { BOOL: false } } },
    });
    assert.deepEqual(lines.find((l) => (l.Item.pk as { S: string }).S === 'b2')!.Item, { pk: { S: 'b2' }, title: { S: 'Two' } });
  });

  test('writes Ion text with typed decimals, blobs and annotated sets', async () => {
    const started = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'exports', ExportFormat: 'ION', ExportType: 'FULL_EXPORT' }))).ExportDescription!;
    assert.equal(started.ExportType, 'FULL_EXPORT');
    await f.advance();
    const id = started.ExportArn!.split('/export/')[1]!;
    const files = await f.objects('exports', `AWSDynamoDB/${id}/`);
    const dataKey = [...files.keys()].find((k) => k.endsWith('.ion.gz'))!;
    assert.match(dataKey, new RegExp(`^AWSDynamoDB/${id}/data/[a-z2-7]{26}\\.ion\\.gz$`));
    const lines = gunzipSync(files.get(dataKey)!).toString().trim().split('\n');
    const b1 = lines.find((l) => l.includes('"b1"'))!;
    assert.equal(b1, '$ion_1_0 {Item:{pk:"b1",n:103.,big:6d2,bin:{{AAH/}},ss:$dynamodb_SS::["a","b"],ns:$dynamodb_NS::[1.5,-2.],l:["x",null],m:{inner:false}}}');
    const summary = JSON.parse(files.get(`AWSDynamoDB/${id}/manifest-summary.json`)!.toString()) as Record<string, unknown>;
    assert.equal(summary.outputFormat, 'ION');
  });

  test('exports the table as it was at ExportTime', async () => {
    await f.pitrTable('history');
    const historyArn = 'arn:aws:dynamodb:us-east-1:000000000000:table/history';
    await f.ddb.send(new PutItemCommand({ TableName: 'history', Item: { pk: { S: 'old' } } }));
    await f.advance(60);
    const then = new Date(Date.now() + 60_000);
    await f.advance(60);
    await f.ddb.send(new DeleteItemCommand({ TableName: 'history', Key: { pk: { S: 'old' } } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'history', Item: { pk: { S: 'new' } } }));
    const started = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: historyArn, S3Bucket: 'exports', ExportTime: then }))).ExportDescription!;
    assert.equal(started.ExportTime!.getTime(), then.getTime());
    await f.advance();
    const files = await f.objects('exports', `AWSDynamoDB/${started.ExportArn!.split('/export/')[1]}/data/`);
    const items = gunzipSync([...files.values()][0]!).toString().trim().split('\n');
    assert.deepEqual(items, ['{"Item":{"pk":{"S":"old"}}}']);
  });

  test('exports the changes of a period as an incremental export', async () => {
    const arn = await f.pitrTable('changes');
    await f.ddb.send(new PutItemCommand({ TableName: 'changes', Item: { pk: { S: 'kept' }, v: { N: '1' } } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'changes', Item: { pk: { S: 'gone' } } }));
    await f.advance(60);
    const from = new Date(Date.now() + 120_000);
    await f.advance(120);
    await f.ddb.send(new PutItemCommand({ TableName: 'changes', Item: { pk: { S: 'kept' }, v: { N: '2' } } }));
    await f.ddb.send(new DeleteItemCommand({ TableName: 'changes', Key: { pk: { S: 'gone' } } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'changes', Item: { pk: { S: 'fresh' } } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'changes', Item: { pk: { S: 'blink' } } }));
    await f.ddb.send(new DeleteItemCommand({ TableName: 'changes', Key: { pk: { S: 'blink' } } }));
    await f.advance(20 * 60);
    const to = new Date(from.getTime() + 16 * 60_000);

    const tooShort = await failure(f.ddb.send(new ExportTableToPointInTimeCommand({
      TableArn: arn, S3Bucket: 'exports', ExportType: 'INCREMENTAL_EXPORT',
      IncrementalExportSpecification: { ExportFromTime: from, ExportToTime: new Date(from.getTime() + 60_000) },
    })));
    assert.equal(tooShort.name, 'InvalidExportTimeException');
    assert.match(tooShort.message, /^Difference between export period/);

    const started = (await f.ddb.send(new ExportTableToPointInTimeCommand({
      TableArn: arn, S3Bucket: 'exports', S3Prefix: 'cdc', ExportType: 'INCREMENTAL_EXPORT',
      IncrementalExportSpecification: { ExportFromTime: from, ExportToTime: to },
    }))).ExportDescription!;
    assert.equal(started.ExportType, 'INCREMENTAL_EXPORT');
    assert.equal(started.IncrementalExportSpecification!.ExportViewType, 'NEW_AND_OLD_IMAGES');
    assert.equal(started.ExportTime, undefined);
    await f.advance();
    const done = (await f.ddb.send(new DescribeExportCommand({ ExportArn: started.ExportArn }))).ExportDescription!;
    assert.equal(done.ExportStatus, 'COMPLETED');
    assert.equal(done.ItemCount, 3);
    const files = await f.objects('exports', 'cdc/AWSDynamoDB/');
    const summaryKey = `cdc/AWSDynamoDB/${started.ExportArn!.split('/export/')[1]}/manifest-summary.json`;
    const summary = JSON.parse(files.get(summaryKey)!.toString()) as Record<string, unknown>;
    assert.equal(summary.exportType, 'INCREMENTAL_EXPORT');
    assert.equal(summary.outputView, 'NEW_AND_OLD_IMAGES');
    const dataKey = [...files.keys()].find((k) => k.startsWith('cdc/AWSDynamoDB/data/'))!;
    const records = gunzipSync(files.get(dataKey)!).toString().trim().split('\n').map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);
    const byKey = new Map(records.map((r) => [(r.Keys!.pk as { S: string }).S, r]));
    assert.deepEqual([...byKey.keys()].sort(), ['fresh', 'gone', 'kept']);
    assert.deepEqual(byKey.get('kept')!.NewImage, { pk: { S: 'kept' }, v: { N: '2' } });
    assert.deepEqual(byKey.get('kept')!.OldImage, { pk: { S: 'kept' }, v: { N: '1' } });
    assert.deepEqual(byKey.get('gone'), { Metadata: byKey.get('gone')!.Metadata, Keys: { pk: { S: 'gone' } }, OldImage: { pk: { S: 'gone' } } });
    assert.equal(byKey.get('fresh')!.OldImage, undefined);
    assert.match((byKey.get('fresh')!.Metadata!.WriteTimestampMicros as { N: string }).N, /^\d{16}$/);
  });

  test('fails the export when the bucket does not exist', async () => {
    const started = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'no-such-bucket' }))).ExportDescription!;
    assert.equal(started.ExportStatus, 'IN_PROGRESS');
    await f.advance();
    const done = (await f.ddb.send(new DescribeExportCommand({ ExportArn: started.ExportArn }))).ExportDescription!;
    assert.equal(done.ExportStatus, 'FAILED');
    assert.equal(done.FailureCode, 'S3NoSuchBucket');
    assert.match(done.FailureMessage!, /bucket does not exist/);
    assert.ok(done.EndTime);
  });

  test('a ClientToken returns the same export; other parameters under it conflict', async () => {
    const first = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'exports', ClientToken: 'tok-1' }))).ExportDescription!;
    const again = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'exports', ClientToken: 'tok-1' }))).ExportDescription!;
    assert.equal(again.ExportArn, first.ExportArn);
    assert.equal(again.ClientToken, 'tok-1');
    const conflict = await failure(f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'exports', ClientToken: 'tok-1', ExportFormat: 'ION' })));
    assert.equal(conflict.name, 'ExportConflictException');
    assert.match(conflict.message, /^Duplicate request detected/);
    await f.advance();
  });

  test('refuses tables without PITR, unknown tables, bad times and bad values as AWS does', async () => {
    await createKeyTable(f.ddb, 'plain', { hashOnly: true });
    const noPitr = await failure(f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/plain', S3Bucket: 'exports' })));
    assert.equal(noPitr.name, 'PointInTimeRecoveryUnavailableException');
    const missing = await failure(f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/nope', S3Bucket: 'exports' })));
    assert.equal(missing.name, 'TableNotFoundException');
    assert.equal(missing.message, 'Table not found: nope');
    const early = await failure(f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'exports', ExportTime: new Date(Date.now() - 7 * 86_400_000) })));
    assert.equal(early.name, 'InvalidExportTimeException');
    assert.equal(early.message, 'Export Time is invalid');
    const format = await failure(f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: 'exports', ExportFormat: 'QWERTY' as 'ION' })));
    assert.equal(format.name, 'ValidationException');
    assert.equal(format.message, "1 validation error detected: Value 'QWERTY' at 'exportFormat' failed to satisfy constraint: Member must satisfy enum value set: [ION, DYNAMODB_JSON]");
    const bucket = await failure(f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArn, S3Bucket: '' })));
    assert.equal(bucket.name, 'ValidationException');
    assert.match(bucket.message, /at 's3Bucket' failed to satisfy constraint/);
    assert.equal(bucket.status, 400);
  });
});
