import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel, type RawOperation } from '../../model/index.js';
import type { WireRequest } from '../types.js';
import { matchRestOperation } from './match-rest-operation.js';

function req(method: string, url: string, headers: Record<string, string> = {}): WireRequest {
  const q = url.indexOf('?');
  return { method, path: q === -1 ? url : url.slice(0, q), rawQuery: q === -1 ? '' : url.slice(q + 1), headers, body: Buffer.alloc(0) };
}

const bucket = { Bucket: { location: 'uri', locationName: 'Bucket' } };
const key = { ...bucket, Key: { location: 'uri', locationName: 'Key' } };
function op(method: string, requestUri: string, members: Record<string, unknown> = {}, required: string[] = [], extra: Partial<RawOperation> = {}): RawOperation {
  return { http: { method, requestUri }, input: { type: 'structure', members, required } as RawOperation['input'], ...extra };
}

const s3 = compileModel({
  metadata: { protocol: 'rest-xml', apiVersion: '2006-03-01' },
  operations: {
    ListBuckets: op('GET', '/'),
    ListObjects: op('GET', '/{Bucket}', bucket, ['Bucket']),
    ListObjectsV2: op('GET', '/{Bucket}?list-type=2', bucket, ['Bucket']),
    GetBucketVersioning: op('GET', '/{Bucket}?versioning', bucket, ['Bucket']),
    ListMultipartUploads: op('GET', '/{Bucket}?uploads', bucket, ['Bucket']),
    GetObject: op('GET', '/{Bucket}/{Key+}', key, ['Bucket', 'Key']),
    ListParts: op('GET', '/{Bucket}/{Key+}', { ...key, UploadId: { location: 'querystring', locationName: 'uploadId' } }, ['Bucket', 'Key', 'UploadId']),
    GetObjectTagging: op('GET', '/{Bucket}/{Key+}?tagging', key, ['Bucket', 'Key']),
    PutObject: op('PUT', '/{Bucket}/{Key+}', key, ['Bucket', 'Key']),
    UploadPart: op('PUT', '/{Bucket}/{Key+}', { ...key, PartNumber: { location: 'querystring', locationName: 'partNumber' }, UploadId: { location: 'querystring', locationName: 'uploadId' } }, ['Bucket', 'Key', 'PartNumber', 'UploadId']),
    UploadPartCopy: op('PUT', '/{Bucket}/{Key+}', { ...key, CopySource: { location: 'header', locationName: 'x-amz-copy-source' }, PartNumber: { location: 'querystring', locationName: 'partNumber' }, UploadId: { location: 'querystring', locationName: 'uploadId' } }, ['Bucket', 'Key', 'CopySource', 'PartNumber', 'UploadId']),
    CopyObject: op('PUT', '/{Bucket}/{Key+}', { ...key, CopySource: { location: 'header', locationName: 'x-amz-copy-source' } }, ['Bucket', 'Key', 'CopySource']),
    GetBucketLifecycle: op('GET', '/{Bucket}?lifecycle', bucket, ['Bucket'], { deprecated: true }),
    GetBucketLifecycleConfiguration: op('GET', '/{Bucket}?lifecycle', bucket, ['Bucket']),
    CreateMultipartUpload: op('POST', '/{Bucket}/{Key+}?uploads', key, ['Bucket', 'Key']),
  },
});

const lambda = compileModel({
  metadata: { protocol: 'rest-json', apiVersion: '2015-03-31' },
  operations: {
    ListFunctions: op('GET', '/2015-03-31/functions/'),
    GetFunction: op('GET', '/2015-03-31/functions/{FunctionName}', { FunctionName: { location: 'uri', locationName: 'FunctionName' } }, ['FunctionName']),
    GetFunctionConfiguration: op('GET', '/2015-03-31/functions/{FunctionName}/configuration', { FunctionName: { location: 'uri', locationName: 'FunctionName' } }, ['FunctionName']),
    Invoke: op('POST', '/2015-03-31/functions/{FunctionName}/invocations', { FunctionName: { location: 'uri', locationName: 'FunctionName' } }, ['FunctionName']),
    ListTags: op('GET', '/2017-03-31/tags/{ARN}', { Resource: { location: 'uri', locationName: 'ARN' } }, ['Resource']),
  },
});

function name(model: typeof s3, r: WireRequest): string | undefined {
  return matchRestOperation(r, model)?.operation.name;
}

describe('matchRestOperation, S3-like templates', () => {
  test('root and bucket', () => {
    assert.equal(name(s3, req('GET', '/')), 'ListBuckets');
    assert.equal(name(s3, req('GET', '/b')), 'ListObjects');
    assert.equal(name(s3, req('GET', '/b/')), 'ListObjects');
    assert.deepEqual(matchRestOperation(req('GET', '/my-bucket'), s3)?.labels, { Bucket: 'my-bucket' });
  });
  test('query literals pick the more specific operation', () => {
    assert.equal(name(s3, req('GET', '/b?versioning')), 'GetBucketVersioning');
    assert.equal(name(s3, req('GET', '/b?versioning=')), 'GetBucketVersioning');
    assert.equal(name(s3, req('GET', '/b?list-type=2&prefix=a')), 'ListObjectsV2');
    assert.equal(name(s3, req('GET', '/b?list-type=1')), 'ListObjects');
    assert.equal(name(s3, req('GET', '/b?uploads')), 'ListMultipartUploads');
    assert.equal(name(s3, req('GET', '/b/k?tagging')), 'GetObjectTagging');
    assert.equal(name(s3, req('POST', '/b/k?uploads')), 'CreateMultipartUpload');
    assert.equal(name(s3, req('POST', '/b/k')), undefined);
  });
  test('greedy key keeps slashes and decodes', () => {
    const m = matchRestOperation(req('GET', '/b/a/b%20c/d%2Fe.txt'), s3);
    assert.equal(m?.operation.name, 'GetObject');
    assert.deepEqual(m?.labels, { Bucket: 'b', Key: 'a/b c/d/e.txt' });
    assert.deepEqual(matchRestOperation(req('GET', '/b/dir/'), s3)?.labels, { Bucket: 'b', Key: 'dir/' });
  });
  test('required query and header members separate same-template operations', () => {
    assert.equal(name(s3, req('GET', '/b/k?uploadId=u')), 'ListParts');
    assert.equal(name(s3, req('PUT', '/b/k')), 'PutObject');
    assert.equal(name(s3, req('PUT', '/b/k?partNumber=1&uploadId=u')), 'UploadPart');
    assert.equal(name(s3, req('PUT', '/b/k?partNumber=1&uploadId=u', { 'x-amz-copy-source': 'a/b' })), 'UploadPartCopy');
    assert.equal(name(s3, req('PUT', '/b/k', { 'x-amz-copy-source': 'a/b' })), 'CopyObject');
  });
  test('deprecated operations lose ties', () => {
    assert.equal(name(s3, req('GET', '/b?lifecycle')), 'GetBucketLifecycleConfiguration');
  });
  test('method must match', () => {
    assert.equal(name(s3, req('DELETE', '/b')), undefined);
  });
});

describe('matchRestOperation, Lambda-like templates', () => {
  test('literal segments after a label', () => {
    assert.equal(name(lambda, req('GET', '/2015-03-31/functions/')), 'ListFunctions');
    assert.equal(name(lambda, req('GET', '/2015-03-31/functions')), 'ListFunctions');
    assert.equal(name(lambda, req('GET', '/2015-03-31/functions/f1')), 'GetFunction');
    assert.equal(name(lambda, req('GET', '/2015-03-31/functions/f1/configuration')), 'GetFunctionConfiguration');
    assert.equal(name(lambda, req('POST', '/2015-03-31/functions/f1/invocations')), 'Invoke');
    assert.equal(name(lambda, req('GET', '/2015-03-31/functions/f1/other')), undefined);
  });
  test('labels are percent-decoded; a plain label does not take a slash', () => {
    const arn = 'arn:aws:lambda:us-east-1:000000000000:function:f1';
    const m = matchRestOperation(req('GET', `/2017-03-31/tags/${encodeURIComponent(arn)}`), lambda);
    assert.deepEqual(m?.labels, { ARN: arn });
    assert.equal(name(lambda, req('GET', '/2017-03-31/tags/a/b')), undefined);
  });
});
