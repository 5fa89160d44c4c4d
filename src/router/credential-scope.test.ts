import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credentialScopeOf } from './credential-scope.js';

test('reads the scope from a SigV4 Authorization header', () => {
  const scope = credentialScopeOf(
    { authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/eu-west-1/sqs/aws4_request, SignedHeaders=host, Signature=abc' },
    '',
  );
  assert.deepEqual(scope, { accessKeyId: 'AKIDEXAMPLE', date: '20240102', region: 'eu-west-1', service: 'sqs' });
});

test('reads the scope from a presigned URL', () => {
  const scope = credentialScopeOf({}, 'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=123456789012%2F20240102%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=x');
  assert.equal(scope?.accessKeyId, '123456789012');
  assert.equal(scope?.region, 'us-west-2');
  assert.equal(scope?.service, 's3');
});

test('knows only the access key of signature version 2', () => {
  assert.deepEqual(credentialScopeOf({ authorization: 'AWS AKID:sig' }, ''), { accessKeyId: 'AKID', date: '', region: '', service: '' });
});

test('an anonymous request has no scope', () => {
  assert.equal(credentialScopeOf({}, 'list-type=2'), undefined);
});
