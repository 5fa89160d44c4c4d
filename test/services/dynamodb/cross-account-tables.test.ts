import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import {
  BatchGetItemCommand, BatchWriteItemCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand,
  ListTablesCommand, ListTagsOfResourceCommand, PutItemCommand, PutResourcePolicyCommand, TagResourceCommand,
  TransactGetItemsCommand, TransactWriteItemsCommand, UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable, failure } from './support.js';

const OWNER = '111111111111';
const OTHER = '222222222222';
const arn = (table: string) => `arn:aws:dynamodb:us-east-1:${OWNER}:table/${table}`;
const allow = (table: string, actions: string[]) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: actions, Resource: arn(table) }],
});
const deniedMessage = (action: string, table: string) =>
  `User: arn:aws:iam::${OTHER}:user/batcher is not authorized to perform: ${action} on resource: ${arn(table)} because no resource-based policy allows the ${action} action`;

/**
 * Batches, transactions, UpdateTable, DeleteTable and the tag operations take another account's
 * table ARN; under IAM enforcement every table a request touches is authorized against its own
 * resource-based policy.
 */
describe('DynamoDB cross-account table ARNs under IAM enforcement', () => {
  let kumo: EmbeddedKumo;
  let owner: DynamoDBClient;
  let other: DynamoDBClient;
  const config = (accessKeyId: string, secretAccessKey = 'test') => ({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });

  before(async () => {
    kumo = await startKumo({ port: 0, services: ['iam', 'sts', 'dynamodb'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
    owner = new DynamoDBClient(config(OWNER));
    for (const name of ['alpha', 'beta']) {
      await createKeyTable(owner, name, { hashOnly: true });
      await owner.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'k' }, from: { S: name } } }));
    }
    const iam = new IAMClient(config(OTHER));
    await iam.send(new CreateUserCommand({ UserName: 'batcher' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'batcher', PolicyName: 'all-dynamodb',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'batcher' }))).AccessKey!;
    other = new DynamoDBClient(config(key.AccessKeyId!, key.SecretAccessKey!));
    await owner.send(new PutResourcePolicyCommand({
      ResourceArn: arn('alpha'),
      Policy: allow('alpha', ['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    }));
  });
  after(() => kumo.stop());

  test('BatchGetItem keyed by ARNs: every table is checked, not only the first', async () => {
    const request = { [arn('alpha')]: { Keys: [{ pk: { S: 'k' } }] }, [arn('beta')]: { Keys: [{ pk: { S: 'k' } }] } };
    const denied = await failure(other.send(new BatchGetItemCommand({ RequestItems: request })));
    assert.deepEqual([denied.name, denied.status, denied.message], ['AccessDeniedException', 403, deniedMessage('dynamodb:BatchGetItem', 'beta')]);

    const one = await other.send(new BatchGetItemCommand({ RequestItems: { [arn('alpha')]: { Keys: [{ pk: { S: 'k' } }] } } }));
    assert.deepEqual(one.Responses, { [arn('alpha')]: [{ pk: { S: 'k' }, from: { S: 'alpha' } }] });

    await owner.send(new PutResourcePolicyCommand({ ResourceArn: arn('beta'), Policy: allow('beta', ['dynamodb:BatchGetItem', 'dynamodb:GetItem']) }));
    const both = await other.send(new BatchGetItemCommand({ RequestItems: request }));
    assert.deepEqual(both.Responses?.[arn('beta')], [{ pk: { S: 'k' }, from: { S: 'beta' } }]);
    assert.deepEqual(both.UnprocessedKeys, {});
  });

  test('BatchWriteItem keyed by an ARN writes into the owner\'s table', async () => {
    const denied = await failure(other.send(new BatchWriteItemCommand({ RequestItems: { [arn('beta')]: [{ PutRequest: { Item: { pk: { S: 'w' } } } }] } })));
    assert.equal(denied.message, deniedMessage('dynamodb:BatchWriteItem', 'beta'));
    await other.send(new BatchWriteItemCommand({ RequestItems: { [arn('alpha')]: [{ PutRequest: { Item: { pk: { S: 'w' }, by: { S: OTHER } } } }] } }));
    const { Item } = await owner.send(new GetItemCommand({ TableName: 'alpha', Key: { pk: { S: 'w' } } }));
    assert.deepEqual(Item, { pk: { S: 'w' }, by: { S: OTHER } });
  });

  test('TransactWriteItems authorizes each item\'s own action on its table', async () => {
    const write = () => other.send(new TransactWriteItemsCommand({
      TransactItems: [
        { Put: { TableName: arn('alpha'), Item: { pk: { S: 't' }, n: { N: '1' } } } },
        { Update: { TableName: arn('beta'), Key: { pk: { S: 'k' } }, UpdateExpression: 'SET touched = :t', ExpressionAttributeValues: { ':t': { BOOL: true } } } },
      ],
    }));
    const denied = await failure(write());
    assert.equal(denied.message, deniedMessage('dynamodb:UpdateItem', 'beta'));
    assert.equal((await owner.send(new GetItemCommand({ TableName: 'alpha', Key: { pk: { S: 't' } } }))).Item, undefined, 'nothing was written');

    await owner.send(new PutResourcePolicyCommand({ ResourceArn: arn('beta'), Policy: allow('beta', ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem']) }));
    await write();
    assert.deepEqual((await owner.send(new GetItemCommand({ TableName: 'alpha', Key: { pk: { S: 't' } } }))).Item, { pk: { S: 't' }, n: { N: '1' } });
    assert.deepEqual((await owner.send(new GetItemCommand({ TableName: 'beta', Key: { pk: { S: 'k' } } }))).Item?.touched, { BOOL: true });

    const read = await other.send(new TransactGetItemsCommand({
      TransactItems: [{ Get: { TableName: arn('alpha'), Key: { pk: { S: 't' } } } }, { Get: { TableName: arn('beta'), Key: { pk: { S: 'k' } } } }],
    }));
    assert.deepEqual(read.Responses?.map((r) => r.Item?.pk?.S), ['t', 'k']);
  });

  test('an explicit deny in one table\'s policy refuses a same-account batch the identity allows', async () => {
    const owned = new DynamoDBClient(config(OTHER));
    await createKeyTable(owned, 'mine-1', { hashOnly: true });
    await createKeyTable(owned, 'mine-2', { hashOnly: true });
    const iam = new IAMClient(config(OTHER));
    await iam.send(new CreateUserCommand({ UserName: 'local' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'local', PolicyName: 'all', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] }) }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'local' }))).AccessKey!;
    const local = new DynamoDBClient(config(key.AccessKeyId!, key.SecretAccessKey!));
    const mine2 = `arn:aws:dynamodb:us-east-1:${OTHER}:table/mine-2`;
    await owned.send(new PutResourcePolicyCommand({
      ResourceArn: mine2,
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${OTHER}:user/local` }, Action: 'dynamodb:BatchWriteItem', Resource: mine2 }] }),
    }));
    const denied = await failure(local.send(new BatchWriteItemCommand({ RequestItems: { 'mine-1': [{ PutRequest: { Item: { pk: { S: 'a' } } } }], 'mine-2': [{ PutRequest: { Item: { pk: { S: 'b' } } } }] } })));
    assert.equal(denied.message, `User: arn:aws:iam::${OTHER}:user/local is not authorized to perform: dynamodb:BatchWriteItem on resource: ${mine2} with an explicit deny in a resource-based policy`);
    await local.send(new BatchWriteItemCommand({ RequestItems: { 'mine-1': [{ PutRequest: { Item: { pk: { S: 'a' } } } }] } }));
  });

  test('UpdateTable, TagResource and DeleteTable on another account\'s table, once its policy allows them', async () => {
    const update = () => other.send(new UpdateTableCommand({ TableName: arn('beta'), DeletionProtectionEnabled: true }));
    assert.equal((await failure(update())).message, deniedMessage('dynamodb:UpdateTable', 'beta'));
    await owner.send(new PutResourcePolicyCommand({
      ResourceArn: arn('beta'),
      Policy: allow('beta', ['dynamodb:UpdateTable', 'dynamodb:TagResource', 'dynamodb:ListTagsOfResource', 'dynamodb:DeleteTable', 'dynamodb:DescribeTable']),
    }));
    const updated = await update();
    assert.equal(updated.TableDescription?.TableArn, arn('beta'));
    assert.equal((await owner.send(new DescribeTableCommand({ TableName: 'beta' }))).Table?.DeletionProtectionEnabled, true);

    await other.send(new TagResourceCommand({ ResourceArn: arn('beta'), Tags: [{ Key: 'team', Value: 'other' }] }));
    assert.deepEqual((await owner.send(new ListTagsOfResourceCommand({ ResourceArn: arn('beta') }))).Tags, [{ Key: 'team', Value: 'other' }]);
    assert.deepEqual((await other.send(new ListTagsOfResourceCommand({ ResourceArn: arn('beta') }))).Tags, [{ Key: 'team', Value: 'other' }]);

    assert.equal((await failure(other.send(new DeleteTableCommand({ TableName: arn('beta') })))).name, 'ResourceInUseException', 'deletion protection holds');
    await other.send(new UpdateTableCommand({ TableName: arn('beta'), DeletionProtectionEnabled: false }));
    const deleted = await other.send(new DeleteTableCommand({ TableName: arn('beta') }));
    assert.deepEqual([deleted.TableDescription?.TableName, deleted.TableDescription?.TableStatus], ['beta', 'DELETING']);
    assert.deepEqual((await owner.send(new ListTablesCommand({}))).TableNames, ['alpha']);
  });
});
