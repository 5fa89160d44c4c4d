import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parsePolicyDocument, type NamedPolicy } from './index.js';

const allowAll: NamedPolicy = {
  id: 'all',
  document: parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }), 'identity'),
};
const alice = { arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333' };

test("another account's resource with no resource policy is denied, whatever the identity allows", () => {
  const result = evaluate({ principal: alice, action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:444455556666:q', keys: {} }, { identity: [allowAll] });
  assert.equal(result.decision, 'implicitDeny');
  assert.equal(result.reason, 'resource-based');
});

test("the caller's own resource needs only the identity side", () => {
  const result = evaluate({ principal: alice, action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:111122223333:q', keys: {} }, { identity: [allowAll] });
  assert.equal(result.decision, 'allowed');
});

test('an ARN without an account (S3) is judged by its resource policy alone', () => {
  const result = evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key', keys: {} }, { identity: [allowAll] });
  assert.equal(result.decision, 'allowed');
});
