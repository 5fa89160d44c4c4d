import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateUserCommand, IAMClient, PutUserPolicyCommand, SimulateCustomPolicyCommand, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { doc } from './helpers.js';

describe('IAM policy simulator', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  before(async () => {
    kumo = await startTestKumo(['iam']);
    iam = new IAMClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test("SimulatePrincipalPolicy evaluates a user's policies", async () => {
    const user = await iam.send(new CreateUserCommand({ UserName: 'sim' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'sim', PolicyName: 'bucket',
      PolicyDocument: doc([
        { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::data/*' },
        { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
      ]),
    }));
    const result = await iam.send(new SimulatePrincipalPolicyCommand({
      PolicySourceArn: user.User!.Arn,
      ActionNames: ['s3:GetObject', 's3:DeleteObject', 's3:ListBucket'],
      ResourceArns: ['arn:aws:s3:::data/key'],
    }));
    assert.deepEqual(result.EvaluationResults?.map((r) => [r.EvalActionName, r.EvalDecision]), [
      ['s3:GetObject', 'allowed'], ['s3:DeleteObject', 'explicitDeny'], ['s3:ListBucket', 'allowed'],
    ]);
    assert.deepEqual(result.EvaluationResults?.[1]?.MatchedStatements?.map((m) => [m.SourcePolicyId, m.SourcePolicyType]), [['bucket', 'user'], ['bucket', 'user']]);
  });

  test('SimulateCustomPolicy with conditions and context entries', async () => {
    const policy = doc([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }]);
    const simulate = (ip: string) => iam.send(new SimulateCustomPolicyCommand({
      PolicyInputList: [policy], ActionNames: ['ec2:RunInstances'],
      ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip', ContextKeyValues: [ip] }],
    }));
    assert.equal((await simulate('10.1.2.3')).EvaluationResults?.[0]?.EvalDecision, 'allowed');
    assert.equal((await simulate('192.168.0.1')).EvaluationResults?.[0]?.EvalDecision, 'implicitDeny');
    const missing = await iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: [policy], ActionNames: ['ec2:RunInstances'] }));
    assert.deepEqual(missing.EvaluationResults?.[0]?.MissingContextValues, ['aws:SourceIp']);
  });
});
