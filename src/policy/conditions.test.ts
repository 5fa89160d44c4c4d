import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conditionsHold } from './conditions.js';
import { parsePolicyDocument, PolicyGrammarError } from './policy-document.js';
import type { RequestContext } from './request-context.js';

function holds(condition: Record<string, Record<string, unknown>>, keys: Record<string, string[]>): boolean {
  const document = parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition: condition } }));
  const context: RequestContext = { principal: { arn: 'arn:aws:iam::1:user/u', accountId: '1' }, action: 's3:GetObject', resource: '*', keys };
  return conditionsHold(document.Statement[0]!.Condition, context, document.Version);
}

describe('condition operators', () => {
  test('String family, case and wildcards', () => {
    assert.equal(holds({ StringEquals: { 'aws:username': ['alice', 'bob'] } }, { 'aws:username': ['bob'] }), true);
    assert.equal(holds({ StringEquals: { 'aws:username': 'Alice' } }, { 'aws:username': ['alice'] }), false);
    assert.equal(holds({ StringEqualsIgnoreCase: { 'aws:username': 'Alice' } }, { 'aws:username': ['alice'] }), true);
    assert.equal(holds({ StringNotEquals: { 'aws:username': ['alice', 'bob'] } }, { 'aws:username': ['carol'] }), true);
    assert.equal(holds({ StringLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': ['home/x/y'] }), true);
    assert.equal(holds({ StringNotLike: { 's3:prefix': 'home/?' } }, { 's3:prefix': ['home/xy'] }), true);
  });

  test('a missing key: false for positive operators, true for negated ones, IfExists and Null', () => {
    assert.equal(holds({ StringEquals: { 'aws:PrincipalTag/team': 'x' } }, {}), false);
    assert.equal(holds({ StringNotEquals: { 'aws:PrincipalTag/team': 'x' } }, {}), true);
    assert.equal(holds({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'x' } }, {}), true);
    assert.equal(holds({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'x' } }, { 'aws:PrincipalTag/team': ['y'] }), false);
    assert.equal(holds({ Null: { 'aws:PrincipalTag/team': 'true' } }, {}), true);
    assert.equal(holds({ Null: { 'aws:PrincipalTag/team': 'false' } }, {}), false);
  });

  test('Numeric, Date and Bool', () => {
    assert.equal(holds({ NumericLessThanEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': ['10'] }), true);
    assert.equal(holds({ NumericGreaterThan: { 's3:max-keys': '10' } }, { 's3:max-keys': ['abc'] }), false);
    assert.equal(holds({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } }, { 'aws:CurrentTime': ['2024-05-01T12:00:00Z'] }), true);
    assert.equal(holds({ DateGreaterThan: { 'aws:EpochTime': '1700000000' } }, { 'aws:EpochTime': ['1800000000'] }), true);
    assert.equal(holds({ Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': ['false'] }), true);
    assert.equal(holds({ Bool: { 'aws:SecureTransport': true } }, { 'aws:SecureTransport': ['false'] }), false);
  });

  test('IpAddress, NotIpAddress, BinaryEquals and Arn', () => {
    assert.equal(holds({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.1.1'] } }, { 'aws:SourceIp': ['10.2.3.4'] }), true);
    assert.equal(holds({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': ['11.0.0.1'] }), false);
    assert.equal(holds({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': ['11.0.0.1'] }), true);
    assert.equal(holds({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': ['2001:db8::1'] }), true);
    assert.equal(holds({ BinaryEquals: { 'k:b': 'aGVsbG8=' } }, { 'k:b': ['aGVsbG8='] }), true);
    assert.equal(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }, { 'aws:SourceArn': ['arn:aws:sns:us-east-1:111122223333:t'] }), true);
    assert.equal(holds({ ArnNotEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:1:t' } }, { 'aws:SourceArn': ['arn:aws:sns:us-east-1:1:t'] }), false);
  });

  test('ForAllValues and ForAnyValue over multi-valued keys', () => {
    const allowed = { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } };
    assert.equal(holds(allowed, { 'aws:TagKeys': ['env'] }), true);
    assert.equal(holds(allowed, { 'aws:TagKeys': ['env', 'cost'] }), false);
    assert.equal(holds(allowed, {}), true);
    const any = { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } };
    assert.equal(holds(any, { 'aws:TagKeys': ['cost', 'env'] }), true);
    assert.equal(holds(any, {}), false);
    assert.equal(holds({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env'] } }, { 'aws:TagKeys': ['env', 'x'] }), true);
  });

  test('variables in condition values', () => {
    assert.equal(holds({ StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, { 'aws:username': ['alice'], 's3:prefix': ['home/alice/docs'] }), true);
    assert.equal(holds({ StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, { 's3:prefix': ['home/alice/docs'] }), false);
  });
});

describe('policy grammar', () => {
  const bad = (document: unknown, kind: 'identity' | 'resource' | 'trust' = 'identity') => {
    try {
      parsePolicyDocument(typeof document === 'string' ? document : JSON.stringify(document), kind);
      return 'parsed';
    } catch (error) {
      assert.ok(error instanceof PolicyGrammarError);
      return error.message;
    }
  };
  test("AWS's messages", () => {
    assert.equal(bad('{not json'), 'Syntax errors in policy.');
    assert.equal(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }), 'Policy statement must contain actions.');
    assert.equal(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] }), 'Policy statement must contain resources.');
    assert.equal(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'bucket' }] }), 'Resource bucket must be in ARN format or "*".');
    assert.equal(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'GetObject', Resource: '*' }] }), 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
    assert.equal(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] }), 'Policy document should not specify a principal.');
    assert.equal(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }, 'trust'), 'Missing required field Principal');
    assert.equal(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEqualz: { a: 'b' } } }] }), 'Invalid Condition type : StringEqualz');
    assert.equal(bad({ Version: '2010-01-01', Statement: [] }), 'The policy failed legacy parsing');
    assert.equal(bad({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' } }, 'trust'), 'parsed');
  });
});
