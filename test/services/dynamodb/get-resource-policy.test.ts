import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteTableCommand, DescribeTableCommand, GetResourcePolicyCommand, PutResourcePolicyCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('GetResourcePolicy', () => {
  let f: DynamoFixture;
  let arn: string;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'getrp', { hashOnly: true });
    arn = (await f.ddb.send(new DescribeTableCommand({ TableName: 'getrp' }))).Table!.TableArn!;
  });
  after(() => f.kumo.stop());

  test('a table without a policy answers PolicyNotFoundException', async () => {
    const error = await failure(f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn })));
    assert.deepEqual([error.name, error.status, error.message], ['PolicyNotFoundException', 400, `Resource-based policy not found for the provided ResourceArn: ${arn}`]);
  });

  test('returns the minified document in DynamoDB key order, with lenient parts normalised', async () => {
    const account = arn.split(':')[4]!;
    const sent = {
      Statement: { Resource: [arn], Action: 'dynamodb:Query', Principal: { AWS: [account, `arn:aws:iam::${account}:root`] }, Effect: 'allow' },
    };
    const { RevisionId } = await f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: JSON.stringify(sent, null, 4) }));
    const got = await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn }));
    assert.equal(got.RevisionId, RevisionId);
    // No Version reads back as 2008-10-17; a Statement object becomes a list; duplicate principals collapse.
    assert.equal(got.Policy, `{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::${account}:root"},"Action":"dynamodb:Query","Resource":"${arn}"}]}`);
  });

  test('a deleted table and its policy are gone', async () => {
    await f.ddb.send(new DeleteTableCommand({ TableName: 'getrp' }));
    const error = await failure(f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn })));
    assert.deepEqual([error.name, error.message], ['ResourceNotFoundException', 'Requested resource not found: Table: getrp not found']);
    await createKeyTable(f.ddb, 'getrp', { hashOnly: true });
    assert.equal((await failure(f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn })))).name, 'PolicyNotFoundException');
  });
});
