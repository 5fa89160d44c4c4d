import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTableCommand, DescribeTableCommand, GetResourcePolicyCommand, PutResourcePolicyCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

const policy = (action: string, resource: string, account: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: account }, Action: [action], Resource: resource }] });

describe('PutResourcePolicy', () => {
  let f: DynamoFixture;
  let arn: string;
  let account: string;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'rpt', { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    arn = (await f.ddb.send(new DescribeTableCommand({ TableName: 'rpt' }))).Table!.TableArn!;
    account = arn.split(':')[4]!;
  });
  after(() => f.kumo.stop());

  test('attaches a policy, returns an epoch-ms RevisionId, and reads back in canonical form', async () => {
    const { RevisionId } = await f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: policy('dynamodb:GetItem', arn, account) }));
    assert.match(RevisionId!, /^\d{13}$/);
    const got = await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn }));
    assert.equal(got.RevisionId, RevisionId);
    // The account id becomes its root ARN and a one-element Action list a string.
    assert.equal(got.Policy, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'dynamodb:GetItem', Resource: arn }] }));
    // An equivalent document is a no-op that keeps the revision; a different one makes a new revision.
    const spaced = JSON.stringify(JSON.parse(policy('dynamodb:GetItem', arn, account)), null, 2);
    assert.equal((await f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: spaced }))).RevisionId, RevisionId);
    const next = await f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: policy('dynamodb:PutItem', arn, account), ExpectedRevisionId: RevisionId }));
    assert.ok(Number(next.RevisionId) > Number(RevisionId));
  });

  test('ExpectedRevisionId must match the current revision; NO_POLICY only when none exists', async () => {
    const current = (await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn }))).RevisionId!;
    const stale = await failure(f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: policy('dynamodb:Query', arn, account), ExpectedRevisionId: '1' })));
    assert.equal(stale.name, 'PolicyNotFoundException');
    assert.equal(stale.message, `Resource-based policy not found for the provided ResourceArn: Requested update for policy with revision id 1, but the policy associated to target table rpt has revision id ${current}.`);
    const none = await failure(f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: policy('dynamodb:Query', arn, account), ExpectedRevisionId: 'NO_POLICY' })));
    assert.equal(none.message, `Resource-based policy not found for the provided ResourceArn: Requested policy update expecting none to be present for table rpt, but a policy exists with revision id ${current}.`);
    assert.equal((await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn }))).RevisionId, current);
  });

  test('a stream ARN is its own policy slot', async () => {
    const streamArn = (await f.ddb.send(new DescribeTableCommand({ TableName: 'rpt' }))).Table!.LatestStreamArn!;
    const tableRevision = (await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn }))).RevisionId;
    const { RevisionId } = await f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: streamArn, Policy: policy('dynamodb:GetRecords', streamArn, account), ExpectedRevisionId: 'NO_POLICY' }));
    assert.equal((await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: streamArn }))).RevisionId, RevisionId);
    assert.equal((await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: arn }))).RevisionId, tableRevision);
    const bogus = await failure(f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: `${arn}/stream/2000-01-01T00:00:00.000`, Policy: policy('dynamodb:GetRecords', arn, account) })));
    assert.deepEqual([bogus.name, bogus.message], ['ResourceNotFoundException', 'Requested resource not found: Stream: 2000-01-01T00:00:00.000 not found for Table: rpt']);
  });

  test('policy documents are validated as DynamoDB does', async () => {
    const cases: Array<[string, string]> = [
      ['{not json', 'One or more parameter values were invalid: Invalid policy document: This policy contains invalid Json'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [] }), 'One or more parameter values were invalid: Invalid policy document: Could not parse the policy: Statement is empty!'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: account }, Action: 'dynamodb:GetItem' }] }), 'One or more parameter values were invalid: Invalid policy document: Missing required field Resource'],
      [
        JSON.stringify({ Version: '2012-10-17', Statement: [1, 2].map(() => ({ Sid: 'same', Effect: 'Allow', Principal: { AWS: account }, Action: 'dynamodb:GetItem', Resource: arn })) }),
        'One or more parameter values were invalid: Invalid policy document: The Statement Ids in the policy are not unique',
      ],
      [
        JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'dynamodb:GetItem', Resource: arn }] }),
        'Resource-based policy grants unbounded access in one or more elements. Please revise the policy to ensure least-privilege form of access',
      ],
      [policy('dynamodb:GetItem', arn, account).replace('"Version"', ' '.repeat(21000) + '"Version"'), 'One or more parameter values were invalid: Maximum policy size of 20480 bytes exceeded'],
    ];
    for (const [document, message] of cases) {
      const error = await failure(f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: document })));
      assert.deepEqual([error.name, error.status, error.message], ['ValidationException', 400, message]);
    }
  });

  test('ResourceArn must be a table or stream of this account and region', async () => {
    const doc = policy('dynamodb:GetItem', arn, account);
    const cases: Array<[string, string, string]> = [
      ['rpt', 'ValidationException', "One or more parameter values were invalid: ARNs must start with 'arn:': rpt"],
      [arn.replace(account, '999999999999'), 'ValidationException', 'This action is only supported by accounts that match the resource owner’s account.'],
      [arn.replace('us-east-1', 'eu-west-1'), 'ValidationException', `One or more parameter values were invalid: Invalid resource Arn: ${arn.replace('us-east-1', 'eu-west-1')}`],
      [`${arn}/index/byColor`, 'ValidationException', `One or more parameter values were invalid: Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${arn}/index/byColor`],
      [`${arn}/backup/01700000000000-abcd1234`, 'ValidationException', `One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: ${arn}/backup/01700000000000-abcd1234`],
      [`${arn}-missing`, 'ResourceNotFoundException', 'Requested resource not found: Table: rpt-missing not found'],
    ];
    for (const [resource, name, message] of cases) {
      const error = await failure(f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: resource, Policy: doc })));
      assert.deepEqual([error.name, error.message], [name, message], resource);
    }
  });

  test('a policy that would lock the caller out needs ConfirmRemoveSelfResourceAccess', async () => {
    await createKeyTable(f.ddb, 'rp-lock', { hashOnly: true });
    const lockArn = arn.replace(':table/rpt', ':table/rp-lock');
    const deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'dynamodb:PutResourcePolicy', Resource: lockArn }] });
    const refused = await failure(f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: lockArn, Policy: deny })));
    assert.deepEqual([refused.name, refused.message], ['AccessDeniedException', 'The new resource policy will not allow you to update the resource policy in the future.']);
    const { RevisionId } = await f.ddb.send(new PutResourcePolicyCommand({ ResourceArn: lockArn, Policy: deny, ConfirmRemoveSelfResourceAccess: true }));
    assert.match(RevisionId!, /^\d+$/);
  });

  test('CreateTable takes a ResourcePolicy', async () => {
    const created = await f.ddb.send(
      new CreateTableCommand({
        TableName: 'rp-created',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        ResourcePolicy: policy('dynamodb:GetItem', '*', account),
      }),
    );
    const got = await f.ddb.send(new GetResourcePolicyCommand({ ResourceArn: created.TableDescription!.TableArn }));
    assert.equal(JSON.parse(got.Policy!).Statement[0].Action, 'dynamodb:GetItem');
    const bad = await failure(
      f.ddb.send(new CreateTableCommand({ TableName: 'rp-bad', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST', ResourcePolicy: '{' })),
    );
    assert.equal(bad.name, 'ValidationException');
    assert.equal((await failure(f.ddb.send(new DescribeTableCommand({ TableName: 'rp-bad' })))).name, 'ResourceNotFoundException');
  });
});
