import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBackupCommand,
  DeleteBackupCommand,
  DescribeBackupCommand,
  ListBackupsCommand,
  PutItemCommand,
  QueryCommand,
  RestoreTableFromBackupCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB on-demand backups (Create/Describe/List/Delete/RestoreTableFromBackup)', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'source', {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    });
    for (const sk of ['1', '2', '3']) await f.ddb.send(new PutItemCommand({ TableName: 'source', Item: { pk: { S: 'p' }, sk: { S: sk }, g: { S: 'x' } } }));
  });
  after(() => f.kumo.stop());

  test('a backup holds the items at its time; a restore is a new table with them and the indexes', async () => {
    const created = (await f.ddb.send(new CreateBackupCommand({ TableName: 'source', BackupName: 'nightly' }))).BackupDetails!;
    assert.equal(created.BackupStatus, 'CREATING');
    assert.equal(created.BackupType, 'USER');
    assert.match(created.BackupArn!, /^arn:aws:dynamodb:us-east-1:000000000000:table\/source\/backup\/\d{17}-[0-9a-f]{8}$/);
    await f.ddb.send(new PutItemCommand({ TableName: 'source', Item: { pk: { S: 'p' }, sk: { S: '4' }, g: { S: 'x' } } }));

    const described = (await f.ddb.send(new DescribeBackupCommand({ BackupArn: created.BackupArn }))).BackupDescription!;
    assert.equal(described.BackupDetails!.BackupStatus, 'AVAILABLE');
    assert.equal(described.SourceTableDetails!.ItemCount, 3);
    assert.equal(described.SourceTableFeatureDetails!.GlobalSecondaryIndexes![0]!.IndexName, 'by-g');

    const listed = await f.ddb.send(new ListBackupsCommand({ TableName: 'source' }));
    assert.deepEqual(listed.BackupSummaries!.map((b) => [b.BackupName, b.TableName, b.BackupStatus]), [['nightly', 'source', 'AVAILABLE']]);

    const restored = (await f.ddb.send(new RestoreTableFromBackupCommand({ BackupArn: created.BackupArn, TargetTableName: 'restored' }))).TableDescription!;
    assert.equal(restored.TableStatus, 'CREATING');
    assert.equal(restored.RestoreSummary!.SourceBackupArn, created.BackupArn);
    assert.equal(restored.RestoreSummary!.RestoreInProgress, true);
    assert.equal((await f.ddb.send(new ScanCommand({ TableName: 'restored' }))).Count, 3);
    const viaIndex = await f.ddb.send(new QueryCommand({ TableName: 'restored', IndexName: 'by-g', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'x' } } }));
    assert.equal(viaIndex.Count, 3);

    const again = await failure(f.ddb.send(new RestoreTableFromBackupCommand({ BackupArn: created.BackupArn, TargetTableName: 'restored' })));
    assert.equal(again.name, 'TableAlreadyExistsException');
    assert.equal(again.message, 'Table already exists: restored');

    const deleted = (await f.ddb.send(new DeleteBackupCommand({ BackupArn: created.BackupArn }))).BackupDescription!;
    assert.equal(deleted.BackupDetails!.BackupStatus, 'DELETED');
    const gone = await failure(f.ddb.send(new DescribeBackupCommand({ BackupArn: created.BackupArn })));
    assert.equal(gone.name, 'BackupNotFoundException');
    assert.equal(gone.message, `Backup not found: ${created.BackupArn}`);
  });

  test('a backup of a missing table is TableNotFoundException', async () => {
    const missing = await failure(f.ddb.send(new CreateBackupCommand({ TableName: 'nope', BackupName: 'b-one' })));
    assert.equal(missing.name, 'TableNotFoundException');
    assert.equal(missing.message, 'Table not found: nope');
  });
});
