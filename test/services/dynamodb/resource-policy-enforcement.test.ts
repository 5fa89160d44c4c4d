import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { DynamoDBClient, GetItemCommand, PutItemCommand, PutResourcePolicyCommand } from '@aws-sdk/client-dynamodb';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable, failure } from './support.js';

const OWNER = '111111111111';
const OTHER = '222222222222';

/** With IAM enforcement a table's resource-based policy decides whether another account may read it. */
describe('DynamoDB resource policies under IAM enforcement', () => {
  let kumo: EmbeddedKumo;
  const config = (accessKeyId: string, secretAccessKey = 'test') => ({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });

  before(async () => {
    kumo = await startKumo({ port: 0, services: ['iam', 'sts', 'dynamodb'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
  });
  after(() => kumo.stop());

  test('another account may GetItem by table ARN only once the table policy grants it', async () => {
    const owner = new DynamoDBClient(config(OWNER));
    await createKeyTable(owner, 'shared', { hashOnly: true });
    await owner.send(new PutItemCommand({ TableName: 'shared', Item: { pk: { S: 'k' }, v: { S: 'owned' } } }));
    const tableArn = `arn:aws:dynamodb:us-east-1:${OWNER}:table/shared`;

    const iam = new IAMClient(config(OTHER));
    await iam.send(new CreateUserCommand({ UserName: 'reader' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'reader', PolicyName: 'read',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'reader' }))).AccessKey!;
    const reader = new DynamoDBClient(config(key.AccessKeyId!, key.SecretAccessKey!));
    const get = () => reader.send(new GetItemCommand({ TableName: tableArn, Key: { pk: { S: 'k' } } }));

    const denied = await failure(get());
    assert.equal(denied.name, 'AccessDeniedException');
    assert.equal(denied.message, `User: arn:aws:iam::${OTHER}:user/reader is not authorized to perform: dynamodb:GetItem on resource: ${tableArn} because no resource-based policy allows the dynamodb:GetItem action`);

    await owner.send(new PutResourcePolicyCommand({
      ResourceArn: tableArn,
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'dynamodb:GetItem', Resource: tableArn }] }),
    }));
    const { Item } = await get();
    assert.deepEqual(Item, { pk: { S: 'k' }, v: { S: 'owned' } });
    // The policy grants GetItem only: writing is still denied although the user's own policy allows it.
    const write = await failure(reader.send(new PutItemCommand({ TableName: tableArn, Item: { pk: { S: 'x' } } })));
    assert.equal(write.status, 403);
  });
});
