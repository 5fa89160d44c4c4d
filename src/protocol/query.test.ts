import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileModel } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import { invalidActionError, queryProtocol } from './query.js';
import type { WireRequest } from './types.js';

const model = compileModel({
  metadata: { protocol: 'query', apiVersion: '2011-06-15', xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/' },
  operations: {
    AssumeRole: {
      input: { shape: 'AssumeRoleRequest' },
      output: { shape: 'AssumeRoleResponse', resultWrapper: 'AssumeRoleResult' },
      errors: [{ shape: 'PolicyTooLarge' }],
    },
    DeleteThing: { input: { shape: 'AssumeRoleRequest' } },
  },
  shapes: {
    AssumeRoleRequest: {
      type: 'structure',
      members: { RoleArn: { shape: 'S' }, DurationSeconds: { shape: 'I' }, Tags: { shape: 'Tags' }, When: { shape: 'T' } },
    },
    AssumeRoleResponse: { type: 'structure', members: { Note: { shape: 'S' }, Expiration: { shape: 'T' }, Tags: { shape: 'Tags' } } },
    Tags: { type: 'list', member: { shape: 'S' } },
    PolicyTooLarge: {
      type: 'structure',
      members: { message: { shape: 'S' }, Limit: { shape: 'I' } },
      error: { code: 'PackedPolicyTooLarge', httpStatusCode: 400, senderFault: true },
      exception: true,
    },
    S: { type: 'string' },
    I: { type: 'integer' },
    T: { type: 'timestamp' },
  },
});
const op = model.operations.AssumeRole!;
const ctx = { requestId: 'req-1' };

function form(body: string, rawQuery = '', method = 'POST'): WireRequest {
  return { method, path: '/', rawQuery, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: Buffer.from(body) };
}

function thrown(fn: () => unknown): AwsError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof AwsError, `expected AwsError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an error');
}

describe('query requests', () => {
  test('reads Action from the body or, for GET, the query string', () => {
    assert.equal(queryProtocol.operationName(form('Action=AssumeRole&Version=2011-06-15'), model), 'AssumeRole');
    assert.equal(queryProtocol.operationName(form('', 'Action=AssumeRole&RoleArn=a', 'GET'), model), 'AssumeRole');
    assert.deepEqual(queryProtocol.parseRequest(form('', 'Action=AssumeRole&RoleArn=a%2Bb+c', 'GET'), op, model), { RoleArn: 'a+b c' });
  });

  test('an unknown or missing Action names no operation; the helper builds AWS error', () => {
    assert.equal(queryProtocol.operationName(form('Action=Nope&Version=1'), model), undefined);
    assert.equal(queryProtocol.operationName(form('Version=1'), model), undefined);
    assert.equal(queryProtocol.operationName(form('Action=toString'), model), undefined);
    const error = invalidActionError('Nope');
    assert.equal(error.code, 'InvalidAction');
    assert.equal(error.status, 400);
    assert.equal(error.message, 'The action Nope is not valid for this web service.');
  });

  test('decodes lists, numbers and timestamps', () => {
    const input = queryProtocol.parseRequest(
      form('Action=AssumeRole&DurationSeconds=900&Tags.member.2=b&Tags.member.1=a&When=2024-01-02T03%3A04%3A05Z'),
      op,
      model,
    );
    assert.deepEqual(input, { DurationSeconds: 900, Tags: ['a', 'b'], When: new Date('2024-01-02T03:04:05Z') });
  });

  test('a value that does not fit its shape is InvalidParameterValue, not a crash', () => {
    const error = thrown(() => queryProtocol.parseRequest(form('Action=AssumeRole&DurationSeconds=abc'), op, model));
    assert.equal(error.code, 'InvalidParameterValue');
    assert.equal(error.status, 400);
    assert.match(error.message, /DurationSeconds/);
    assert.equal(thrown(() => queryProtocol.parseRequest(form('Action=AssumeRole&When=yesterday'), op, model)).code, 'InvalidParameterValue');
  });

  test('a broken percent escape is MalformedQueryString', () => {
    const error = thrown(() => queryProtocol.parseRequest(form('Action=AssumeRole&RoleArn=%ZZ'), op, model));
    assert.equal(error.code, 'MalformedQueryString');
    assert.equal(thrown(() => queryProtocol.parseRequest(form('Action=AssumeRole&RoleArn=%C3'), op, model)).code, 'MalformedQueryString');
  });
});

describe('query responses', () => {
  test('wraps the result, keeps member order, escapes text, ends with ResponseMetadata', () => {
    const res = queryProtocol.serializeResponse({ Tags: ['x'], Note: 'a & <b>\r', Expiration: new Date('2024-01-02T03:04:05Z') }, op, model, ctx);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/xml');
    assert.equal(
      res.body,
      '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>' +
        '<Note>a &amp; &lt;b&gt;&#xD;</Note><Expiration>2024-01-02T03:04:05Z</Expiration><Tags><member>x</member></Tags>' +
        '</AssumeRoleResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></AssumeRoleResponse>',
    );
  });

  test('an operation without output still answers with ResponseMetadata', () => {
    const res = queryProtocol.serializeResponse({}, model.operations.DeleteThing!, model, ctx);
    assert.equal(res.body, '<DeleteThingResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DeleteThingResponse>');
  });

  test('epoch-second output timestamps are written as ISO 8601', () => {
    const res = queryProtocol.serializeResponse({ Expiration: 1704164645 }, op, model, ctx);
    assert.match(String(res.body), /<Expiration>2024-01-02T03:04:05Z<\/Expiration>/);
  });
});

describe('query errors', () => {
  test('ErrorResponse with Type, Code, Message, modeled fields and RequestId', () => {
    const error = new AwsError('PackedPolicyTooLarge', 'Too <big>', { fields: { Limit: 5, message: 'ignored' }, headers: { 'retry-after': '1' } });
    const res = queryProtocol.serializeError(error, op, model, ctx);
    assert.equal(res.status, 400);
    assert.equal(res.headers['retry-after'], '1');
    assert.equal(
      res.body,
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>' +
        '<Code>PackedPolicyTooLarge</Code><Message>Too &lt;big&gt;</Message><Limit>5</Limit></Error>' +
        '<RequestId>req-1</RequestId></ErrorResponse>',
    );
  });

  test('server faults are Receiver; a query-compatible code wins over the JSON one', () => {
    const error = new AwsError('QueueDoesNotExist', 'gone', { status: 400, queryCode: 'AWS.SimpleQueueService.NonExistentQueue' });
    assert.match(String(queryProtocol.serializeError(error, undefined, model, ctx).body), /<Code>AWS\.SimpleQueueService\.NonExistentQueue<\/Code>/);
    const internal = queryProtocol.serializeError(new AwsError('InternalFailure', 'boom', { status: 500 }), undefined, model, ctx);
    assert.equal(internal.status, 500);
    assert.match(String(internal.body), /<Type>Receiver<\/Type>/);
  });
});
