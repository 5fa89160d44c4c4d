import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddPermissionCommand, GetPolicyCommand, RemovePermissionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

describe('Lambda AddPermission / GetPolicy / RemovePermission', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda']));
    await createNodeFunction(lambda, 'perm', 'export const handler = async () => 1;');
  });
  after(() => kumo.stop());

  test('statements build the resource policy', async () => {
    await assert.rejects(lambda.send(new GetPolicyCommand({ FunctionName: 'perm' })), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.' });
    const added = await lambda.send(new AddPermissionCommand({
      FunctionName: 'perm', StatementId: 's3-invoke', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com',
      SourceArn: 'arn:aws:s3:::my-bucket', SourceAccount: '000000000000',
    }));
    assert.deepEqual(JSON.parse(added.Statement!), {
      Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction',
      Resource: 'arn:aws:lambda:us-east-1:000000000000:function:perm',
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::my-bucket' }, StringEquals: { 'AWS:SourceAccount': '000000000000' } },
    });
    await lambda.send(new AddPermissionCommand({ FunctionName: 'perm', StatementId: 'acct', Action: 'lambda:GetFunction', Principal: '111122223333' }));
    const policy = await lambda.send(new GetPolicyCommand({ FunctionName: 'perm' }));
    const doc = JSON.parse(policy.Policy!) as { Version: string; Statement: Array<{ Sid: string; Principal: unknown }> };
    assert.equal(doc.Version, '2012-10-17');
    assert.deepEqual(doc.Statement.map((s) => s.Sid), ['s3-invoke', 'acct']);
    assert.deepEqual(doc.Statement[1]!.Principal, { AWS: 'arn:aws:iam::111122223333:root' });
    assert.ok(policy.RevisionId);
    await assert.rejects(lambda.send(new AddPermissionCommand({ FunctionName: 'perm', StatementId: 'acct', Action: 'lambda:InvokeFunction', Principal: '*' })), {
      name: 'ResourceConflictException', message: /The statement id \(acct\) provided already exists/,
    });
    await lambda.send(new RemovePermissionCommand({ FunctionName: 'perm', StatementId: 'acct' }));
    await assert.rejects(lambda.send(new RemovePermissionCommand({ FunctionName: 'perm', StatementId: 'acct' })), { name: 'ResourceNotFoundException' });
    assert.equal(JSON.parse((await lambda.send(new GetPolicyCommand({ FunctionName: 'perm' }))).Policy!).Statement.length, 1);
  });
});
