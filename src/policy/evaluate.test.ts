import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parsePolicyDocument, type NamedPolicy, type RequestContext } from './index.js';

const ACCOUNT = '111122223333';
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;

function policy(id: string, statement: unknown, kind: 'identity' | 'resource' = 'identity'): NamedPolicy {
  return { id, document: parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statement }), kind) };
}

function request(action: string, resource: string, keys: Record<string, string[]> = {}, principal = { arn: ALICE, accountId: ACCOUNT }): RequestContext {
  return { principal, action, resource, keys: { 'aws:username': ['alice'], ...keys } };
}

describe('evaluate', () => {
  const allowS3 = policy('allow', { Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::bucket/*' });
  const denySecret = policy('deny', { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::bucket/secret/*' });

  test('a KMS key policy governs: identity policies count only where it delegates to the account', () => {
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const allowKms = policy('iam', { Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' });
    const delegating = policy('key', { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }, 'resource');
    const aliceOnly = policy('key', { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:Decrypt', Resource: '*' }, 'resource');
    assert.equal(evaluate(request('kms:Encrypt', key), { identity: [allowKms], resource: { policy: delegating, accountId: ACCOUNT } }).decision, 'allowed');
    const refused = evaluate(request('kms:Encrypt', key), { identity: [allowKms], resource: { policy: aliceOnly, accountId: ACCOUNT } });
    assert.deepEqual([refused.decision, refused.reason], ['implicitDeny', 'resource-based']);
    assert.equal(evaluate(request('kms:Decrypt', key), { identity: [], resource: { policy: aliceOnly, accountId: ACCOUNT } }).decision, 'allowed');
    assert.equal(evaluate(request('kms:Encrypt', key), { identity: [], resource: { policy: delegating, accountId: ACCOUNT } }).decision, 'implicitDeny');
  });

  test('no policy is an implicit deny', () => {
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::bucket/a'), { identity: [] }).decision, 'implicitDeny');
  });

  test('an allow matches actions case-insensitively and resources with wildcards', () => {
    const result = evaluate(request('s3:getobject', 'arn:aws:s3:::bucket/a/b'), { identity: [allowS3] });
    assert.equal(result.decision, 'allowed');
    assert.deepEqual(result.matched, [{ policyId: 'allow', statementIndex: 0, effect: 'Allow' }]);
    assert.equal(evaluate(request('s3:PutObject', 'arn:aws:s3:::bucket/a'), { identity: [allowS3] }).decision, 'implicitDeny');
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::other/a'), { identity: [allowS3] }).decision, 'implicitDeny');
  });

  test('an explicit deny beats an allow', () => {
    const result = evaluate(request('s3:GetObject', 'arn:aws:s3:::bucket/secret/x'), { identity: [allowS3, denySecret] });
    assert.deepEqual([result.decision, result.reason], ['explicitDeny', 'identity-based']);
  });

  test('NotAction and NotResource', () => {
    const p = policy('p', [
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      { Effect: 'Deny', Action: '*', NotResource: ['arn:aws:s3:::ok', 'arn:aws:s3:::ok/*', 'arn:aws:iam::*:*'] },
    ]);
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::ok/x'), { identity: [p] }).decision, 'allowed');
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::nope/x'), { identity: [p] }).decision, 'explicitDeny');
    assert.equal(evaluate(request('iam:ListUsers', `arn:aws:iam::${ACCOUNT}:user/`), { identity: [p] }).decision, 'implicitDeny');
  });

  test('ARN components match separately', () => {
    const p = policy('p', { Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:*:111122223333:*' });
    assert.equal(evaluate(request('sqs:SendMessage', 'arn:aws:sqs:eu-west-1:111122223333:q'), { identity: [p] }).decision, 'allowed');
    assert.equal(evaluate(request('sqs:SendMessage', 'arn:aws:sqs:eu-west-1:999999999999:q'), { identity: [p] }).decision, 'implicitDeny');
  });

  test('policy variables in resources, with defaults', () => {
    const p = policy('p', { Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::t/${aws:PrincipalTag/team, \'none\'}/*'] });
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::home/alice/f'), { identity: [p] }).decision, 'allowed');
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::home/bob/f'), { identity: [p] }).decision, 'implicitDeny');
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::t/none/f'), { identity: [p] }).decision, 'allowed');
    // Version 2008-10-17 has no variables: the text is literal.
    const old: NamedPolicy = { id: 'old', document: parsePolicyDocument(JSON.stringify({ Version: '2008-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}' } })) };
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::home/${aws:username}'), { identity: [old] }).decision, 'allowed');
  });

  test('permissions boundary and session policies narrow the identity allow', () => {
    const all = policy('all', { Effect: 'Allow', Action: '*', Resource: '*' });
    const onlyS3 = policy('b', { Effect: 'Allow', Action: 's3:*', Resource: '*' });
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::b/k'), { identity: [all], boundary: onlyS3 }).decision, 'allowed');
    const denied = evaluate(request('sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q'), { identity: [all], boundary: onlyS3 });
    assert.deepEqual([denied.decision, denied.reason], ['implicitDeny', 'permissions boundary']);
    const session = evaluate(request('sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q'), { identity: [all], session: [onlyS3] });
    assert.deepEqual([session.decision, session.reason], ['implicitDeny', 'session']);
  });

  test('resource policies: same account grants alone, cross account needs both sides', () => {
    const bucketPolicy = policy('bp', { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, 'resource');
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::b/k'), { identity: [], resource: { policy: bucketPolicy, accountId: ACCOUNT } }).decision, 'allowed');
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::b/k'), { identity: [], resource: { policy: bucketPolicy, accountId: '999999999999' } }).decision, 'implicitDeny');
    const identity = policy('id', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::b/k'), { identity: [identity], resource: { policy: bucketPolicy, accountId: '999999999999' } }).decision, 'allowed');
    // Naming the account delegates to IAM: no grant on its own.
    const accountPolicy = policy('ap', { Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 's3:*', Resource: '*' }, 'resource');
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::b/k'), { identity: [], resource: { policy: accountPolicy, accountId: ACCOUNT } }).decision, 'implicitDeny');
    const denyAll = policy('d', { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }, 'resource');
    const result = evaluate(request('s3:GetObject', 'arn:aws:s3:::b/k'), { identity: [identity], resource: { policy: denyAll, accountId: ACCOUNT } });
    assert.deepEqual([result.decision, result.reason], ['explicitDeny', 'resource-based']);
  });

  test('NotPrincipal excludes the named principal', () => {
    const p = policy('np', { Effect: 'Deny', NotPrincipal: { AWS: ALICE }, Action: 's3:*', Resource: '*' }, 'resource');
    const identity = policy('id', { Effect: 'Allow', Action: 's3:*', Resource: '*' });
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::b'), { identity: [identity], resource: { policy: p, accountId: ACCOUNT } }).decision, 'allowed');
    const bob = { arn: `arn:aws:iam::${ACCOUNT}:user/bob`, accountId: ACCOUNT };
    assert.equal(evaluate(request('s3:GetObject', 'arn:aws:s3:::b', {}, bob), { identity: [identity], resource: { policy: p, accountId: ACCOUNT } }).decision, 'explicitDeny');
  });

  test('assumed-role sessions match resource policies naming the role', () => {
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/r`;
    const session = { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/r/s`, accountId: ACCOUNT, roleArn };
    const p = policy('p', { Effect: 'Allow', Principal: { AWS: roleArn }, Action: 'sqs:*', Resource: '*' }, 'resource');
    assert.equal(evaluate(request('sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q', {}, session), { identity: [], resource: { policy: p, accountId: ACCOUNT } }).decision, 'allowed');
  });
});
