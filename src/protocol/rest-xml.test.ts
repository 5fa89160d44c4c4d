import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Readable } from 'node:stream';
import { compileModel, type RawModel } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import { restXmlProtocol } from './rest-xml.js';
import type { WireRequest } from './types.js';

const raw: RawModel = {
  metadata: { protocol: 'rest-xml', apiVersion: '2006-03-01' },
  operations: {
    PutBucketTagging: { http: { method: 'PUT', requestUri: '/{Bucket}?tagging' }, input: { shape: 'PutTagging' } },
    PutObject: { http: { method: 'PUT', requestUri: '/{Bucket}/{Key+}' }, input: { shape: 'PutObjectIn' } },
    GetObject: { http: { method: 'GET', requestUri: '/{Bucket}/{Key+}' }, input: { shape: 'PutObjectIn' }, output: { shape: 'GetObjectOut' } },
    ListBuckets: { http: { method: 'GET', requestUri: '/' }, output: { shape: 'ListOut' } },
  },
  shapes: {
    PutTagging: {
      type: 'structure',
      required: ['Bucket'],
      payload: 'Tagging',
      members: {
        Bucket: { shape: 'S', location: 'uri', locationName: 'Bucket' },
        Tagging: { shape: 'Tagging', locationName: 'Tagging', xmlNamespace: { uri: 'http://s3.amazonaws.com/doc/2006-03-01/' } },
      },
    },
    Tagging: { type: 'structure', members: { TagSet: { shape: 'TagSet' } } },
    TagSet: { type: 'list', member: { shape: 'Tag', locationName: 'Tag' } },
    Tag: { type: 'structure', members: { Key: { shape: 'S' }, Value: { shape: 'S' } } },
    PutObjectIn: {
      type: 'structure',
      payload: 'Body',
      members: {
        Bucket: { shape: 'S', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'S', location: 'uri', locationName: 'Key' },
        MaxKeys: { shape: 'I', location: 'header', locationName: 'x-max' },
        Body: { shape: 'Stream' },
      },
    },
    GetObjectOut: {
      type: 'structure',
      payload: 'Body',
      members: { Body: { shape: 'Stream' }, ContentType: { shape: 'S', location: 'header', locationName: 'Content-Type' } },
    },
    ListOut: { type: 'structure', members: { Buckets: { shape: 'Buckets' }, Owner: { shape: 'S' } } },
    Buckets: { type: 'list', member: { shape: 'S', locationName: 'Bucket' } },
    NoSuchKey: {
      type: 'structure',
      members: { Key: { shape: 'S' }, Region: { shape: 'S', location: 'header', locationName: 'x-amz-bucket-region' } },
      exception: true,
    },
    Stream: { type: 'blob', streaming: true },
    S: { type: 'string' },
    I: { type: 'integer' },
  },
};
const model = compileModel(raw);
const bareErrors = compileModel({ ...raw, metadata: { ...raw.metadata, noErrorWrapping: true } });
const ctx = { requestId: 'req-3' };

function request(method: string, path: string, body = '', headers: Record<string, string> = {}, rawQuery = ''): WireRequest {
  return { method, path, rawQuery, headers, body: Buffer.from(body) };
}

describe('rest-xml requests', () => {
  test('an XML payload with the URI label, matched by method, path and query literal', () => {
    const req = request('PUT', '/photos', '<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet><Tag><Key>a</Key><Value>1 &amp; 2</Value></Tag></TagSet></Tagging>', {}, 'tagging');
    const name = restXmlProtocol.operationName(req, model);
    assert.equal(name, 'PutBucketTagging');
    assert.deepEqual(restXmlProtocol.parseRequest(req, model.operations[name!]!, model), {
      Bucket: 'photos',
      Tagging: { TagSet: [{ Key: 'a', Value: '1 & 2' }] },
    });
  });

  test('malformed XML is MalformedXML 400', () => {
    for (const body of ['<Tagging><TagSet></Tagging>', 'not xml', '<a/><b/>']) {
      const req = request('PUT', '/photos', body, {}, 'tagging');
      assert.throws(
        () => restXmlProtocol.parseRequest(req, model.operations.PutBucketTagging!, model),
        (e: unknown) => e instanceof AwsError && e.code === 'MalformedXML' && e.status === 400,
      );
    }
  });

  test('a streaming payload comes through as the body stream, greedy key intact', () => {
    const stream = Readable.from([Buffer.from('data')]);
    const req: WireRequest = { ...request('PUT', '/b/dir/a%20file.txt'), bodyStream: stream };
    const input = restXmlProtocol.parseRequest(req, model.operations.PutObject!, model);
    assert.equal(input.Key, 'dir/a file.txt');
    assert.equal(input.Body, stream);
  });

  test('a header that does not fit its shape is InvalidArgument', () => {
    const req = request('PUT', '/b/k', '', { 'x-max': 'many' });
    assert.throws(() => restXmlProtocol.parseRequest(req, model.operations.PutObject!, model), (e: unknown) => e instanceof AwsError && e.code === 'InvalidArgument');
  });
});

describe('rest-xml responses', () => {
  test('a streaming payload goes out as the raw body with its headers', () => {
    const body = Readable.from([Buffer.from('hello')]);
    const res = restXmlProtocol.serializeResponse({ Body: body, ContentType: 'text/plain' }, model.operations.GetObject!, model, ctx);
    assert.equal(res.body, body);
    assert.equal(res.headers['Content-Type'], 'text/plain');
    assert.equal(res.headers['content-type'], undefined);
    const buffered = restXmlProtocol.serializeResponse({ Body: Buffer.from('x') }, model.operations.GetObject!, model, ctx);
    assert.deepEqual(buffered.body, Buffer.from('x'));
    assert.equal(buffered.headers['content-type'], 'application/octet-stream');
  });

  test('body members as an XML document in member order, rooted at the output shape name', () => {
    const res = restXmlProtocol.serializeResponse({ Owner: 'me', Buckets: ['a', 'b'] }, model.operations.ListBuckets!, model, ctx);
    assert.equal(res.headers['content-type'], 'application/xml');
    assert.equal(res.body, '<?xml version="1.0" encoding="UTF-8"?>\n<ListOut><Buckets><Bucket>a</Bucket><Bucket>b</Bucket></Buckets><Owner>me</Owner></ListOut>');
  });
});

describe('rest-xml errors', () => {
  const error = new AwsError('NoSuchKey', 'The specified key does not exist.', { status: 404, fields: { Key: 'k', Region: 'eu-west-1' } });

  test('ErrorResponse wrapping by default (Route 53, CloudFront)', () => {
    const res = restXmlProtocol.serializeError(error, model.operations.GetObject, model, ctx);
    assert.equal(res.status, 404);
    assert.equal(res.headers['x-amz-bucket-region'], 'eu-west-1');
    assert.equal(
      res.body,
      '<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchKey</Code>' +
        '<Message>The specified key does not exist.</Message><Key>k</Key></Error><RequestId>req-3</RequestId></ErrorResponse>',
    );
  });

  test('a bare <Error> when the model says noErrorWrapping (S3)', () => {
    const res = restXmlProtocol.serializeError(error, undefined, bareErrors, ctx);
    assert.equal(
      res.body,
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>' +
        '<Key>k</Key><RequestId>req-3</RequestId></Error>',
    );
  });
});
