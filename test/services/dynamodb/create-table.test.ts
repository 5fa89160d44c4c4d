import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTableCommand, DescribeTableCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB CreateTable', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
  });
  after(() => f.kumo.stop());

  const base: CreateTableCommandInput = {
    TableName: 'base',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
  };
  const create = (input: Partial<CreateTableCommandInput>) => f.ddb.send(new CreateTableCommand({ ...base, ...input } as CreateTableCommandInput));

  test('answers CREATING, then the table is ACTIVE', async () => {
    const out = await create({ TableName: 'fresh', Tags: [{ Key: 'team', Value: 'a' }] });
    assert.equal(out.TableDescription!.TableStatus, 'CREATING');
    assert.equal(out.TableDescription!.TableArn, 'arn:aws:dynamodb:us-east-1:000000000000:table/fresh');
    assert.deepEqual(out.TableDescription!.ProvisionedThroughput, { NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
    assert.equal(out.TableDescription!.BillingModeSummary, undefined);
    const described = await f.ddb.send(new DescribeTableCommand({ TableName: 'fresh' }));
    assert.equal(described.Table!.TableStatus, 'ACTIVE');
    assert.equal(described.Table!.ItemCount, 0);
    const again = await failure(create({ TableName: 'fresh' }));
    assert.equal(again.name, 'ResourceInUseException');
    assert.equal(again.message, 'Table already exists: fresh');
  });

  test('GSIs and LSIs with every projection type', async () => {
    const out = await create({
      TableName: 'indexed',
      BillingMode: 'PAY_PER_REQUEST',
      ProvisionedThroughput: undefined,
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
        { AttributeName: 'g', AttributeType: 'S' },
        { AttributeName: 'l', AttributeType: 'B' },
      ],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [
        { IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
        { IndexName: 'byGInclude', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] } },
      ],
      LocalSecondaryIndexes: [{ IndexName: 'byL', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
    });
    const t = out.TableDescription!;
    assert.equal(t.BillingModeSummary!.BillingMode, 'PAY_PER_REQUEST');
    assert.deepEqual(t.GlobalSecondaryIndexes!.map((i) => [i.IndexName, i.IndexStatus, i.Projection!.ProjectionType, i.IndexArn]), [
      ['byG', 'CREATING', 'KEYS_ONLY', 'arn:aws:dynamodb:us-east-1:000000000000:table/indexed/index/byG'],
      ['byGInclude', 'CREATING', 'INCLUDE', 'arn:aws:dynamodb:us-east-1:000000000000:table/indexed/index/byGInclude'],
    ]);
    assert.deepEqual(t.LocalSecondaryIndexes!.map((i) => i.IndexName), ['byL']);
  });

  test("schema validation with AWS's messages", async () => {
    const msg = async (input: Partial<CreateTableCommandInput>) => (await failure(create(input))).message;
    assert.equal(await msg({ TableName: 'x!' }), "2 validation errors detected: Value 'x!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'x!' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
    assert.equal(await msg({ KeySchema: [{ AttributeName: 'pk', KeyType: 'RANGE' }] }), 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
    assert.equal(await msg({ KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }), 'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [id], AttributeDefinitions: [pk]');
    assert.equal(await msg({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'extra', AttributeType: 'S' }] }), 'One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions');
    assert.equal(await msg({ ProvisionedThroughput: undefined }), 'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED');
    assert.equal(await msg({ BillingMode: 'PAY_PER_REQUEST' }), 'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
    assert.equal(
      await msg({ LocalSecondaryIndexes: [{ IndexName: 'lsi', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }] }),
      'One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex',
    );
    assert.equal(
      await msg({ BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: undefined, GlobalSecondaryIndexes: [{ IndexName: 'gsi', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE' } }] }),
      'One or more parameter values were invalid: ProjectionType is INCLUDE, but NonKeyAttributes is not specified',
    );
  });
});
