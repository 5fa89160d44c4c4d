import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DeleteItemCommand,
  DescribeContinuousBackupsCommand,
  PutItemCommand,
  RestoreTableToPointInTimeCommand,
  ScanCommand,
  UpdateContinuousBackupsCommand,
} from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB point-in-time recovery', () => {
  let f: DynamoFixture;
  const advance = async (advanceSeconds: number) => {
    await fetch(`${f.kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
  };
  const put = (pk: string, v: string) => f.ddb.send(new PutItemCommand({ TableName: 'pitr', Item: { pk: { S: pk }, v: { S: v } } }));
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'pitr', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('restores the table as it was at any second of the window', async () => {
    const off = await failure(f.ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'pitr', TargetTableName: 'never', UseLatestRestorableTime: true })));
    assert.equal(off.name, 'PointInTimeRecoveryUnavailableException');
    assert.equal(off.message, "Point in time recovery is not enabled for table 'pitr'");
    assert.equal((await f.ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'pitr' }))).ContinuousBackupsDescription!.PointInTimeRecoveryDescription!.PointInTimeRecoveryStatus, 'DISABLED');

    await put('before', '0');
    const on = await f.ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'pitr', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    assert.equal(on.ContinuousBackupsDescription!.PointInTimeRecoveryDescription!.PointInTimeRecoveryStatus, 'ENABLED');
    await advance(60);
    await put('a', '1');
    await advance(60);
    const window1 = (await f.ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'pitr' }))).ContinuousBackupsDescription!.PointInTimeRecoveryDescription!;
    await put('a', '2');
    await f.ddb.send(new DeleteItemCommand({ TableName: 'pitr', Key: { pk: { S: 'before' } } }));
    await put('b', '1');
    await advance(600);

    // The latest restorable time is five minutes back; the earliest is when PITR was turned on.
    const window = (await f.ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'pitr' }))).ContinuousBackupsDescription!.PointInTimeRecoveryDescription!;
    assert.ok(window.EarliestRestorableDateTime! <= window1.EarliestRestorableDateTime!);
    const middle = new Date(window.EarliestRestorableDateTime!.getTime() + 90_000);
    await f.ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'pitr', TargetTableName: 'pitr-middle', RestoreDateTime: middle }));
    const items = async (TableName: string) =>
      Object.fromEntries((await f.ddb.send(new ScanCommand({ TableName }))).Items!.map((i) => [i.pk!.S, i.v!.S]));
    assert.deepEqual(await items('pitr-middle'), { before: '0', a: '1' });
    const latest = await f.ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'pitr', TargetTableName: 'pitr-latest', UseLatestRestorableTime: true }));
    assert.equal(latest.TableDescription!.RestoreSummary!.SourceTableArn, 'arn:aws:dynamodb:us-east-1:000000000000:table/pitr');
    assert.deepEqual(await items('pitr-latest'), { a: '2', b: '1' });
    const early = await failure(f.ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'pitr', TargetTableName: 'x-early', RestoreDateTime: new Date(window.EarliestRestorableDateTime!.getTime() - 1000) })));
    assert.equal(early.name, 'InvalidRestoreTimeException');
  });
});
