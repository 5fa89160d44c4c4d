import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import {
  DescribeImportCommand,
  DescribeTableCommand,
  ExportTableToPointInTimeCommand,
  ImportTableCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  type ImportTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { failure } from './support.js';
import { boto3 } from '../../support/cli-clients.js';
import { startTransfer, type TransferFixture } from './transfer-support.js';

const KEYS = {
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }, { AttributeName: 'n', AttributeType: 'N' as const }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' as const }, { AttributeName: 'n', KeyType: 'RANGE' as const }],
  BillingMode: 'PAY_PER_REQUEST' as const,
};

describe('DynamoDB ImportTable', () => {
  let f: TransferFixture;
  const put = (Key: string, body: string | Buffer) => f.s3.send(new PutObjectCommand({ Bucket: 'src', Key, Body: body }));
  const request = (TableName: string, S3KeyPrefix: string, extra: Partial<ImportTableCommandInput> = {}): ImportTableCommandInput => ({
    S3BucketSource: { S3Bucket: 'src', S3KeyPrefix },
    InputFormat: 'DYNAMODB_JSON',
    TableCreationParameters: { TableName, ...KEYS },
    ...extra,
  });
  const run = async (input: ImportTableCommandInput) => {
    const started = (await f.ddb.send(new ImportTableCommand(input))).ImportTableDescription!;
    await f.advance();
    return { started, done: (await f.ddb.send(new DescribeImportCommand({ ImportArn: started.ImportArn }))).ImportTableDescription! };
  };
  const scan = async (TableName: string) => (await f.ddb.send(new ScanCommand({ TableName }))).Items!;
  before(async () => {
    f = await startTransfer();
    await f.s3.send(new CreateBucketCommand({ Bucket: 'src' }));
  });
  after(() => f.kumo.stop());

  test('loads DynamoDB JSON lines into a new table with its GSIs', async () => {
    const lines = [
      { Item: { pk: { S: 'a' }, n: { N: '1' }, g: { S: 'red' }, bin: { B: 'AAH/' }, ss: { SS: ['x', 'y'] } } },
      { Item: { pk: { S: 'a' }, n: { N: '2.50' }, g: { S: 'red' }, m: { M: { deep: { L: [{ NULL: true }] } } } } },
      { Item: { pk: { S: 'b' }, n: { N: '3' } } },
    ].map((l) => JSON.stringify(l));
    await put('json/part-1.json', `${lines.slice(0, 2).join('\n')}\n\n   \n`);
    await put('json/part-2.json', `${lines[2]}\n`);
    await put('json/empty.json', '');
    const { started, done } = await run(request('imported', 'json/', {
      ClientToken: 'import-1',
      TableCreationParameters: {
        TableName: 'imported',
        ...KEYS,
        AttributeDefinitions: [...KEYS.AttributeDefinitions, { AttributeName: 'g', AttributeType: 'S' }],
        GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      },
    }));
    assert.equal(started.ImportStatus, 'IN_PROGRESS');
    assert.match(started.ImportArn!, /^arn:aws:dynamodb:us-east-1:000000000000:table\/imported\/import\/\d{14}-[0-9a-f]{8}$/);
    assert.equal(started.ClientToken, 'import-1');
    assert.equal(started.InputCompressionType, 'NONE');
    assert.equal(started.ProcessedItemCount, 0);
    assert.equal(started.EndTime, undefined);
    assert.equal(started.ProcessedSizeBytes, undefined);
    assert.equal(started.CloudWatchLogGroupArn, 'arn:aws:logs:us-east-1:000000000000:log-group:/aws-dynamodb/imports:*');

    assert.equal(done.ImportStatus, 'COMPLETED');
    assert.equal(done.ProcessedItemCount, 3);
    assert.equal(done.ImportedItemCount, 3);
    assert.equal(done.ErrorCount, 0);
    assert.equal(done.ProcessedSizeBytes, Buffer.byteLength(`${lines.slice(0, 2).join('\n')}\n\n   \n`) + Buffer.byteLength(`${lines[2]}\n`));
    assert.equal(done.TableId, started.TableId);
    const table = (await f.ddb.send(new DescribeTableCommand({ TableName: 'imported' }))).Table!;
    assert.equal(table.TableStatus, 'ACTIVE');
    assert.equal(table.TableId, started.TableId);
    assert.equal(table.ItemCount, 3);
    const red = await f.ddb.send(new QueryCommand({ TableName: 'imported', IndexName: 'by-g', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'red' } } }));
    assert.equal(red.Count, 2);
    const a1 = (await scan('imported')).find((i) => i.n!.N === '1')!;
    assert.deepEqual(a1.bin!.B, new Uint8Array([0, 1, 255]));
    assert.deepEqual(a1.ss!.SS, ['x', 'y']);
    assert.ok((await scan('imported')).some((i) => i.n!.N === '2.5'));
  });

  test('reads gzip, counts uncompressed bytes, and reads Ion text', async () => {
    const body = `${JSON.stringify({ Item: { pk: { S: 'z' }, n: { N: '1' } } })}\n`;
    await put('gz/data.json.gz', gzipSync(body));
    const { done } = await run(request('gzipped', 'gz/', { InputCompressionType: 'GZIP' }));
    assert.equal(done.ImportStatus, 'COMPLETED');
    assert.equal(done.ProcessedSizeBytes, Buffer.byteLength(body));

    await put('ion/data.ion', '$ion_1_0 {Item:{pk:"i",n:6d2,s:$dynamodb_SS::["x"],ns:$dynamodb_NS::[1.5,2],b:{{aGk=}},ok:true,nothing:null,l:[1,"two"],m:{k:"v"}}}\n$ion_1_0 {Item:{pk:"j",n:7.}}\n');
    const ion = await run(request('from-ion', 'ion/', { InputFormat: 'ION' }));
    assert.equal(ion.done.ImportStatus, 'COMPLETED');
    assert.equal(ion.done.ImportedItemCount, 2);
    const i = (await scan('from-ion')).find((item) => item.pk!.S === 'i')!;
    assert.deepEqual(i, {
      pk: { S: 'i' }, n: { N: '600' }, s: { SS: ['x'] }, ns: { NS: ['1.5', '2'] }, b: { B: new Uint8Array(Buffer.from('hi')) }, ok: { BOOL: true }, nothing: { NULL: true },
      l: { L: [{ N: '1' }, { S: 'two' }] }, m: { M: { k: { S: 'v' } } },
    });
  });

  test('reads CSV with a header line or a HeaderList, typing only key attributes', async () => {
    await put('csv/with-header.csv', 'pk,n,note\r\nc,10,"hello, ""world"""\nc,11,\n');
    const withHeader = await run(request('from-csv', 'csv/with-header', { InputFormat: 'CSV' }));
    assert.equal(withHeader.done.ImportStatus, 'COMPLETED');
    const rows = (await scan('from-csv')).sort((a, b) => Number(a.n!.N) - Number(b.n!.N));
    assert.deepEqual(rows, [{ pk: { S: 'c' }, n: { N: '10' }, note: { S: 'hello, "world"' } }, { pk: { S: 'c' }, n: { N: '11' } }]);

    await put('csv/piped.csv', 'd|5|42\n');
    const piped = await run(request('from-piped', 'csv/piped', { InputFormat: 'CSV', InputFormatOptions: { Csv: { Delimiter: '|', HeaderList: ['pk', 'n', 'count'] } } }));
    assert.deepEqual(piped.started.InputFormatOptions, { Csv: { Delimiter: '|', HeaderList: ['pk', 'n', 'count'] } });
    assert.deepEqual(await scan('from-piped'), [{ pk: { S: 'd' }, n: { N: '5' }, count: { S: '42' } }]);
  });

  test('skips the rest of an object at its first bad item, keeps the good ones and ends FAILED', async () => {
    await put('bad/0-good.json', `${JSON.stringify({ Item: { pk: { S: 'g' }, n: { N: '1' } } })}\n`);
    await put('bad/1-bad.json', `${JSON.stringify({ Item: { pk: { S: 'g' }, n: { N: '2' } } })}\n{"Item": {"n": {"N": "3"}}}\n${JSON.stringify({ Item: { pk: { S: 'g' }, n: { N: '4' } } })}\n`);
    await put('bad/2-bad.json', '{"NotAnItem": {}}\n');
    await put('bad/3-bad.json', '{"Item": ');
    await put('bad/4-bad.json', '{"Item": {"pk": {"S": "x"}, "n": {"S": "wrong type"}}}\n');
    const { done } = await run(request('partial', 'bad/'));
    assert.equal(done.ImportStatus, 'FAILED');
    assert.equal(done.FailureCode, 'ItemValidationError');
    assert.ok(done.FailureMessage);
    assert.equal(done.ErrorCount, 4);
    assert.equal(done.ImportedItemCount, 2);
    assert.equal(done.ProcessedItemCount, 6);
    assert.deepEqual((await scan('partial')).map((i) => i.n!.N).sort(), ['1', '2']);
    const logs = new CloudWatchLogsClient({ ...f.kumo.clientConfig, maxAttempts: 1 });
    const events = await logs.send(new GetLogEventsCommand({ logGroupName: '/aws-dynamodb/imports', logStreamName: `${done.ImportArn!.split('/import/')[1]}/error` }));
    assert.equal(events.events!.length, 4);
    const first = JSON.parse(events.events![0]!.message!) as { itemS3Pointer: { bucket: string; key: string }; importArn: string; errorMessages: string[] };
    assert.deepEqual(first.itemS3Pointer, { bucket: 'src', key: 'bad/1-bad.json', itemIndex: 2 });
    assert.equal(first.importArn, done.ImportArn);
    assert.equal(first.errorMessages[0], 'One or more parameter values were invalid: Missing the key pk in the item');
  });

  test('a missing bucket fails the import before any table exists; an empty prefix makes an empty table', async () => {
    const missing = await run({ ...request('never', 'x/'), S3BucketSource: { S3Bucket: 'no-such-bucket' } });
    assert.equal(missing.done.ImportStatus, 'FAILED');
    assert.equal(missing.done.FailureCode, 'S3NoSuchBucket');
    assert.equal(missing.done.ProcessedItemCount, 0);
    assert.equal((await failure(f.ddb.send(new DescribeTableCommand({ TableName: 'never' })))).name, 'ResourceNotFoundException');

    const empty = await run(request('empty', 'nothing-here/'));
    assert.equal(empty.done.ImportStatus, 'COMPLETED');
    assert.equal(empty.done.ProcessedItemCount, 0);
    assert.equal((await f.ddb.send(new DescribeTableCommand({ TableName: 'empty' }))).Table!.TableStatus, 'ACTIVE');
  });

  test('ZSTD input fails with a clear message on a Node.js without zstd', async (t) => {
    if (typeof (await import('node:zlib') as { zstdDecompressSync?: unknown }).zstdDecompressSync === 'function') return t.skip('this Node.js has zstd');
    const { done } = await run(request('zstd', 'json/', { InputCompressionType: 'ZSTD' }));
    assert.equal(done.ImportStatus, 'FAILED');
    assert.equal(done.FailureCode, 'UnsupportedCompression');
    assert.match(done.FailureMessage!, /cannot read ZSTD input on Node\.js v\d+/);
    assert.equal((await failure(f.ddb.send(new DescribeTableCommand({ TableName: 'zstd' })))).name, 'ResourceNotFoundException');
  });

  test('ClientToken: same table returns the first import, another table conflicts; an existing table is in use', async () => {
    // An import whose bucket is missing never makes its table, so the token is looked at on replay.
    const input = { ...request('tokened', 'x/', { ClientToken: 'tok' }), S3BucketSource: { S3Bucket: 'no-such-bucket' } };
    const first = (await f.ddb.send(new ImportTableCommand(input))).ImportTableDescription!;
    await f.advance();
    const again = (await f.ddb.send(new ImportTableCommand({ ...input, InputCompressionType: 'GZIP' }))).ImportTableDescription!;
    assert.equal(again.ImportArn, first.ImportArn);
    assert.equal(again.InputCompressionType, 'NONE');
    assert.equal(again.ImportStatus, 'FAILED');
    const other = await failure(f.ddb.send(new ImportTableCommand({ ...input, TableCreationParameters: { ...input.TableCreationParameters!, TableName: 'other-table' } })));
    assert.equal(other.name, 'ImportConflictException');
    assert.match(other.message, /^Duplicate request detected/);
    // Once an import made its table, a replay is refused for the table before the token is looked at.
    const made = request('made', 'json/part-2', { ClientToken: 'tok-2' });
    await run(made);
    const inUse = await failure(f.ddb.send(new ImportTableCommand(made)));
    assert.equal(inUse.name, 'ResourceInUseException');
    assert.equal(inUse.message, 'Table already exists: made');
  });

  test('refuses bad formats, options and table definitions', async () => {
    const format = await failure(f.ddb.send(new ImportTableCommand(request('v1', 'x/', { InputFormat: 'XML' as 'CSV' }))));
    assert.equal(format.message, "1 validation error detected: Value 'XML' at 'inputFormat' failed to satisfy constraint: Member must satisfy enum value set: [DYNAMODB_JSON, ION, CSV]");
    const compression = await failure(f.ddb.send(new ImportTableCommand(request('v1', 'x/', { InputCompressionType: 'BZIP2' as 'GZIP' }))));
    assert.match(compression.message, /'inputCompressionType'/);
    const options = await failure(f.ddb.send(new ImportTableCommand(request('v1', 'x/', { InputFormatOptions: { Csv: { Delimiter: ',' } } }))));
    assert.equal(options.name, 'ValidationException');
    assert.match(options.message, /InputFormatOptions/);
    const name = await failure(f.ddb.send(new ImportTableCommand(request('not a name!', 'x/'))));
    assert.match(name.message, /at 'tableCreationParameters.tableName' failed to satisfy constraint/);
    const bucket = await failure(f.ddb.send(new ImportTableCommand({ ...request('v1', 'x/'), S3BucketSource: { S3Bucket: '-nope!' } })));
    assert.match(bucket.message, /'s3BucketSource.s3Bucket'/);
  });

  test('round trip: a table exported to S3 imports back as the same items', async () => {
    const arn = await f.pitrTable('origin', false);
    const items = [
      { pk: { S: 'p' }, sk: { S: '1' }, n: { N: '-1.25' }, b: { B: new Uint8Array([9, 8]) }, bs: { BS: [new Uint8Array([1]), new Uint8Array([2])] } },
      { pk: { S: 'p' }, sk: { S: '2' }, doc: { M: { list: { L: [{ BOOL: true }, { NS: ['1', '2'] }] } } } },
      { pk: { S: 'q' }, sk: { S: '1' }, text: { S: 'zażółć 🦑' } },
    ];
    for (const Item of items) await f.ddb.send(new PutItemCommand({ TableName: 'origin', Item }));
    for (const format of ['DYNAMODB_JSON', 'ION'] as const) {
      const exported = (await f.ddb.send(new ExportTableToPointInTimeCommand({ TableArn: arn, S3Bucket: 'src', S3Prefix: `rt-${format}`, ExportFormat: format }))).ExportDescription!;
      await f.advance();
      const id = exported.ExportArn!.split('/export/')[1];
      const { done } = await run({
        S3BucketSource: { S3Bucket: 'src', S3KeyPrefix: `rt-${format}/AWSDynamoDB/${id}/data/` },
        InputFormat: format,
        InputCompressionType: 'GZIP',
        TableCreationParameters: {
          TableName: `copy-${format}`,
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
          BillingMode: 'PAY_PER_REQUEST',
        },
      });
      assert.equal(done.ImportStatus, 'COMPLETED', format);
      assert.equal(done.ImportedItemCount, 3);
      const sort = (list: Array<Record<string, unknown>>) => list.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort();
      assert.deepEqual(sort(await scan(`copy-${format}`)), sort(await scan('origin')), format);
    }
  });
  test('boto3 imports from S3, exports back and reads both descriptions', async () => {
    const script = `
import time
s3 = boto3.client('s3', endpoint_url=ENDPOINT)
ddb = boto3.client('dynamodb', endpoint_url=ENDPOINT)
s3.put_object(Bucket='src', Key='boto/1.json', Body=b'{"Item":{"pk":{"S":"x"},"n":{"N":"7"}}}\\n')
started = ddb.import_table(S3BucketSource={'S3Bucket': 'src', 'S3KeyPrefix': 'boto/'}, InputFormat='DYNAMODB_JSON',
  TableCreationParameters={'TableName': 'boto', 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'}, {'AttributeName': 'n', 'AttributeType': 'N'}],
  'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}, {'AttributeName': 'n', 'KeyType': 'RANGE'}], 'BillingMode': 'PAY_PER_REQUEST'})['ImportTableDescription']
for _ in range(50):
  done = ddb.describe_import(ImportArn=started['ImportArn'])['ImportTableDescription']
  if done['ImportStatus'] != 'IN_PROGRESS': break
  time.sleep(0.05)
ddb.update_continuous_backups(TableName='boto', PointInTimeRecoverySpecification={'PointInTimeRecoveryEnabled': True})
export = ddb.export_table_to_point_in_time(TableArn=done['TableArn'], S3Bucket='src', S3Prefix='boto-out')['ExportDescription']
for _ in range(50):
  exported = ddb.describe_export(ExportArn=export['ExportArn'])['ExportDescription']
  if exported['ExportStatus'] != 'IN_PROGRESS': break
  time.sleep(0.05)
print(json.dumps({'import': done['ImportStatus'], 'items': done['ImportedItemCount'], 'hasToken': bool(started['ClientToken']),
  'export': exported['ExportStatus'], 'exported': exported['ItemCount'], 'listed': len(ddb.list_exports(TableArn=done['TableArn'])['ExportSummaries']),
  'imports': len(ddb.list_imports(TableArn=done['TableArn'])['ImportSummaryList'])}))
`;
    const result = await boto3(f.kumo.url, script);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { import: 'COMPLETED', items: 1, hasToken: true, export: 'COMPLETED', exported: 1, listed: 1, imports: 1 });
  });
});
