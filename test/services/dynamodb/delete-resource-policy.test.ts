import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteResourcePolicyCommand, DescribeTableCommand, GetResourcePolicyCommand, PutResourcePolicyCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DeleteResourcePolicy', () => {
  let f: DynamoFixture;
  let arn: string;
  let doc: string;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'delrp', { hashOnly: true });
    arn = (await f.ddb.send(new DescribeTableCommand({ TableName: 'delrp' }))).Table!.TableArn!;
    doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: arn.split(':')[4] }, Action: 'dynamodb:GetItem', Resource: arn }] });
  });
  after(() => f.kumo.stop());

  test('is idempotent on a table without a policy (empty answer)', async () => {
    const out = await f.ddb.send(new DeleteResourcePolicyCommand({ ResourceArn: arn }));
    assert.equal(out.RevisionId, undefined);
    const expected = await failure(f.ddb.send(new DeleteResourcePolicyCommand({ ResourceArn: arn, ExpectedRevisionId: '123' })));
    assert.deepEqual([expected.name, expected.message], ['PolicyNotFoundException', `Resource-based policy not found for the provided ResourceArn: ${arn}`]);
  });

  test('removes the policy, naming the removed revision; a stale ExpectedRevisionId is refused', async () => {
    const { RevisionId } = await f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: doc }));
    const stale = await failure(f.ddb.send(new DeleteResourcePolicyCommand({ ResourceArn: arn, ExpectedRevisionId: 'unknown' })));
    assert.equal(stale.message, `Resource-based policy not found for the provided ResourceArn: Requested update for policy with revision id unknown, but the policy associated to target table delrp has revision id ${RevisionId}.`);
    const out = await f.ddb.send(new DeleteResourcePolicyCommand({ ResourceArn: arn, ExpectedRevisionId: RevisionId }));
    assert.equal(out.RevisionId, RevisionId);
    assert.equal((await failure(f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn })))).name, 'PolicyNotFoundException');
  });

  test('a missing table is ResourceNotFoundException', async () => {
    const error = await failure(f.ddb.send(new DeleteResourcePolicyCommand({ ResourceArn: `${arn}x` })));
    assert.deepEqual([error.name, error.message], ['ResourceNotFoundException', 'Requested resource not found: Table: delrpx not found']);
  });
});
