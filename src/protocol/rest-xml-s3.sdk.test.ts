import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetBucketAclCommand,
  GetBucketLocationCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AwsError } from '../shared/aws-error.js';
import { restXmlProtocol } from './rest-xml.js';
import { bodyText, loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackExchange, LoopbackHandler } from './testing/sdk-loopback.js';

/**
 * restXml through @aws-sdk/client-s3 over Kumo's patched S3 model (specs/patches/s3.json):
 * header bindings, greedy URI labels, S3's own XML root names and its bare <Error> body.
 */
function s3(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): S3Client {
  return new S3Client({
    ...loopbackClientConfig(restXmlProtocol, 's3', handle, observe),
    forcePathStyle: true,
    // Checksums off unless required, so the inputs are exactly what the test sent.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const S3_NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const modified = new Date('2024-03-04T05:06:07Z');
const key = 'dir/a b+c&d=é.txt';
type SdkError = Error & { Code?: string; $fault?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };

function rootOf(xml: string): string {
  return /^<\?xml[^>]*\?>\s*(<[^>]*>)/.exec(xml)?.[1] ?? xml.slice(0, 80);
}

describe('rest-xml through @aws-sdk/client-s3: headers and labels', () => {
  test('PutObject: x-amz-meta-*, timestamp and string headers, a greedy key label, the raw body', async () => {
    let seen: Record<string, unknown> = {};
    let exchange: LoopbackExchange | undefined;
    const out = await s3((op, input) => {
      seen = { op, ...input, Body: Buffer.from(input.Body as Uint8Array).toString() };
      return { ETag: '"5d41402abc4b2a76b9719d911017c592"', VersionId: 'v1', ServerSideEncryption: 'AES256' };
    }, (x) => (exchange = x)).send(new PutObjectCommand({
      Bucket: 'b',
      Key: key,
      Body: 'hello',
      ContentType: 'text/plain; charset=utf-8',
      CacheControl: 'max-age=60',
      Metadata: { color: 'blue', 'two-words': 'a b' },
      Expires: modified,
      Tagging: 'k=v&x=y',
      StorageClass: 'STANDARD_IA',
      ObjectLockRetainUntilDate: modified,
    }));
    assert.deepEqual(seen, {
      op: 'PutObject',
      Bucket: 'b',
      Key: key,
      Body: 'hello',
      ContentLength: 5,
      ContentType: 'text/plain; charset=utf-8',
      CacheControl: 'max-age=60',
      Metadata: { color: 'blue', 'two-words': 'a b' },
      Expires: modified,
      Tagging: 'k=v&x=y',
      StorageClass: 'STANDARD_IA',
      ObjectLockRetainUntilDate: modified,
    });
    assert.equal(exchange?.request.path, '/b/dir/a%20b%2Bc%26d%3D%C3%A9.txt');
    assert.equal(exchange?.request.headers.expires, 'Mon, 04 Mar 2024 05:06:07 GMT');
    assert.equal(exchange?.request.headers['x-amz-object-lock-retain-until-date'], '2024-03-04T05:06:07Z');
    assert.equal(out.ETag, '"5d41402abc4b2a76b9719d911017c592"');
    assert.equal(out.VersionId, 'v1');
    assert.equal(out.ServerSideEncryption, 'AES256');
  });

  test('GetObject: Range and conditional headers in, ranged body and entity headers out', async () => {
    let seen: Record<string, unknown> = {};
    let exchange: LoopbackExchange | undefined;
    const out = await s3((op, input) => {
      seen = { op, ...input };
      return {
        Body: Buffer.from('ell'),
        ContentRange: 'bytes 1-3/5',
        AcceptRanges: 'bytes',
        ContentLength: 3,
        ContentType: 'text/plain',
        ETag: '"abc"',
        LastModified: modified,
        Metadata: { color: 'blue' },
        VersionId: 'v1',
        TagCount: 2,
        MissingMeta: 0,
      };
    }, (x) => (exchange = x)).send(new GetObjectCommand({
      Bucket: 'b',
      Key: key,
      Range: 'bytes=1-3',
      IfMatch: '"abc"',
      IfModifiedSince: new Date('2024-01-01T00:00:00Z'),
      VersionId: 'v1',
      ResponseContentDisposition: 'attachment; filename="x y.txt"',
    }));
    assert.deepEqual(seen, {
      op: 'GetObject',
      Bucket: 'b',
      Key: key,
      Range: 'bytes=1-3',
      IfMatch: '"abc"',
      IfModifiedSince: new Date('2024-01-01T00:00:00Z'),
      VersionId: 'v1',
      ResponseContentDisposition: 'attachment; filename="x y.txt"',
    });
    const headers = exchange?.response.headers ?? {};
    assert.equal(headers['Last-Modified'] ?? headers['last-modified'], 'Mon, 04 Mar 2024 05:06:07 GMT');
    assert.equal(headers['x-amz-meta-color'], 'blue');
    assert.equal(await out.Body?.transformToString(), 'ell');
    const { Body: _body, $metadata, ...rest } = out;
    assert.deepEqual(rest, {
      ContentRange: 'bytes 1-3/5',
      AcceptRanges: 'bytes',
      ContentLength: 3,
      ContentType: 'text/plain',
      ETag: '"abc"',
      LastModified: modified,
      Metadata: { color: 'blue' },
      VersionId: 'v1',
      TagCount: 2,
      MissingMeta: 0,
    });
    assert.equal($metadata.requestId, 'loopback-request-id');
  });

  test('CopyObject: x-amz-copy-source in, the CopyObjectResult payload and headers out', async () => {
    let seen: Record<string, unknown> = {};
    let exchange: LoopbackExchange | undefined;
    const out = await s3((op, input) => {
      seen = { op, ...input };
      return { CopyObjectResult: { ETag: '"e"', LastModified: modified }, VersionId: 'v2', CopySourceVersionId: 'v1' };
    }, (x) => (exchange = x)).send(new CopyObjectCommand({ Bucket: 'b', Key: 'dst', CopySource: 'src/a%20b', MetadataDirective: 'REPLACE', Metadata: { k: 'v' } }));
    assert.deepEqual(seen, { op: 'CopyObject', Bucket: 'b', Key: 'dst', CopySource: 'src/a%20b', MetadataDirective: 'REPLACE', Metadata: { k: 'v' } });
    assert.deepEqual(out.CopyObjectResult, { ETag: '"e"', LastModified: modified });
    assert.equal(out.VersionId, 'v2');
    assert.equal(out.CopySourceVersionId, 'v1');
    assert.equal(rootOf(bodyText(exchange)), `<CopyObjectResult ${S3_NS}>`);
  });
});

describe("rest-xml through @aws-sdk/client-s3: S3's XML root names (patched)", () => {
  test('ListObjectsV2 answers <ListBucketResult> with flattened Contents and CommonPrefixes', async () => {
    let seen: Record<string, unknown> = {};
    let exchange: LoopbackExchange | undefined;
    const contents = [
      { Key: 'a/1', LastModified: modified, ETag: '"e1"', Size: 10, StorageClass: 'STANDARD' as const, ChecksumAlgorithm: ['CRC32' as const], Owner: { ID: 'owner-id', DisplayName: 'me' } },
      { Key: 'a/2 & <3>', LastModified: modified, ETag: '"e2"', Size: 0, StorageClass: 'GLACIER' as const },
    ];
    const out = await s3((op, input) => {
      seen = { op, ...input };
      return { Name: 'b', Prefix: 'a/', Delimiter: '/', MaxKeys: 2, KeyCount: 2, IsTruncated: true, NextContinuationToken: 'n+/=', Contents: contents, CommonPrefixes: [{ Prefix: 'a/x/' }, { Prefix: 'a/y/' }] };
    }, (x) => (exchange = x)).send(new ListObjectsV2Command({ Bucket: 'b', Prefix: 'a/', Delimiter: '/', MaxKeys: 2, ContinuationToken: 't 0', StartAfter: 'a/0', FetchOwner: true }));
    assert.deepEqual(seen, { op: 'ListObjectsV2', Bucket: 'b', Prefix: 'a/', Delimiter: '/', MaxKeys: 2, ContinuationToken: 't 0', StartAfter: 'a/0', FetchOwner: true });
    const { $metadata: _m, ...rest } = out;
    assert.deepEqual(rest, { Name: 'b', Prefix: 'a/', Delimiter: '/', MaxKeys: 2, KeyCount: 2, IsTruncated: true, NextContinuationToken: 'n+/=', Contents: contents, CommonPrefixes: [{ Prefix: 'a/x/' }, { Prefix: 'a/y/' }] });
    assert.equal(rootOf(bodyText(exchange)), `<ListBucketResult ${S3_NS}>`);
  });

  test('ListBuckets answers <ListAllMyBucketsResult> with wrapped <Buckets><Bucket>', async () => {
    let exchange: LoopbackExchange | undefined;
    const buckets = [{ Name: 'a', CreationDate: modified, BucketRegion: 'us-east-1' }, { Name: 'b', CreationDate: modified }];
    const out = await s3(() => ({ Buckets: buckets, Owner: { ID: 'id', DisplayName: 'me' } }), (x) => (exchange = x)).send(new ListBucketsCommand({}));
    assert.deepEqual(out.Buckets, buckets);
    assert.deepEqual(out.Owner, { ID: 'id', DisplayName: 'me' });
    assert.equal(rootOf(bodyText(exchange)), `<ListAllMyBucketsResult ${S3_NS}>`);
    assert.match(bodyText(exchange), /<Buckets><Bucket><Name>a<\/Name>/);
  });

  test('CreateMultipartUpload answers <InitiateMultipartUploadResult>', async () => {
    let exchange: LoopbackExchange | undefined;
    const out = await s3(() => ({ Bucket: 'b', Key: key, UploadId: 'u-1' }), (x) => (exchange = x)).send(new CreateMultipartUploadCommand({ Bucket: 'b', Key: key }));
    assert.deepEqual({ Bucket: out.Bucket, Key: out.Key, UploadId: out.UploadId }, { Bucket: 'b', Key: key, UploadId: 'u-1' });
    assert.equal(rootOf(bodyText(exchange)), `<InitiateMultipartUploadResult ${S3_NS}>`);
  });

  test('DeleteObjects: a <Delete> body with flattened objects in, <DeleteResult> out', async () => {
    let seen: Record<string, unknown> = {};
    let exchange: LoopbackExchange | undefined;
    const out = await s3((op, input) => {
      seen = { op, ...input };
      return { Deleted: [{ Key: 'a' }, { Key: 'b', VersionId: 'v', DeleteMarker: true, DeleteMarkerVersionId: 'dm' }], Errors: [{ Key: 'c', Code: 'AccessDenied', Message: 'Access Denied' }] };
    }, (x) => (exchange = x)).send(new DeleteObjectsCommand({ Bucket: 'b', Delete: { Objects: [{ Key: 'a' }, { Key: 'b', VersionId: 'v' }, { Key: 'c' }], Quiet: false } }));
    assert.equal(seen.op, 'DeleteObjects');
    assert.equal(seen.Bucket, 'b');
    assert.deepEqual(seen.Delete, { Objects: [{ Key: 'a' }, { Key: 'b', VersionId: 'v' }, { Key: 'c' }], Quiet: false });
    assert.deepEqual(out.Deleted, [{ Key: 'a' }, { Key: 'b', VersionId: 'v', DeleteMarker: true, DeleteMarkerVersionId: 'dm' }]);
    assert.deepEqual(out.Errors, [{ Key: 'c', Code: 'AccessDenied', Message: 'Access Denied' }]);
    assert.equal(rootOf(bodyText(exchange)), `<DeleteResult ${S3_NS}>`);
  });

  test('GetObjectTagging answers <Tagging>; GetBucketAcl <AccessControlPolicy> with xsi:type grantees', async () => {
    let exchange: LoopbackExchange | undefined;
    const tags = await s3(() => ({ TagSet: [{ Key: 'k', Value: 'v' }], VersionId: 'v1' }), (x) => (exchange = x)).send(new GetObjectTaggingCommand({ Bucket: 'b', Key: key }));
    assert.deepEqual(tags.TagSet, [{ Key: 'k', Value: 'v' }]);
    assert.equal(tags.VersionId, 'v1');
    assert.equal(rootOf(bodyText(exchange)), `<Tagging ${S3_NS}>`);

    const grants = [
      { Grantee: { Type: 'CanonicalUser' as const, ID: 'id', DisplayName: 'me' }, Permission: 'FULL_CONTROL' as const },
      { Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' as const },
    ];
    const acl = await s3(() => ({ Owner: { ID: 'id', DisplayName: 'me' }, Grants: grants }), (x) => (exchange = x)).send(new GetBucketAclCommand({ Bucket: 'b' }));
    assert.deepEqual(acl.Grants, grants);
    assert.deepEqual(acl.Owner, { ID: 'id', DisplayName: 'me' });
    assert.equal(rootOf(bodyText(exchange)), `<AccessControlPolicy ${S3_NS}>`);
    assert.match(bodyText(exchange), /<Grantee xmlns:xsi="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance" xsi:type="CanonicalUser">/);
  });

  test('GetBucketLocation: the client reads the region', async () => {
    const out = await s3(() => ({ LocationConstraint: 'eu-west-1' })).send(new GetBucketLocationCommand({ Bucket: 'b' }));
    assert.equal(out.LocationConstraint, 'eu-west-1');
  });

  test('GetBucketLocation: AWS sends the region as the root text, <LocationConstraint xmlns=...>eu-west-1</LocationConstraint>', async () => {
    let exchange: LoopbackExchange | undefined;
    await s3(() => ({ LocationConstraint: 'eu-west-1' }), (x) => (exchange = x)).send(new GetBucketLocationCommand({ Bucket: 'b' }));
    assert.equal(bodyText(exchange).replace(/^<\?xml[^>]*\?>\s*/, ''), `<LocationConstraint ${S3_NS}>eu-west-1</LocationConstraint>`);
  });
});

describe("rest-xml through @aws-sdk/client-s3: S3's bare <Error> body", () => {
  test('NoSuchKey: 404, the modeled class, the Key field, the request id', async () => {
    let exchange: LoopbackExchange | undefined;
    const client = s3(() => {
      throw new AwsError('NoSuchKey', 'The specified key does not exist.', { status: 404, fields: { Key: key } });
    }, (x) => (exchange = x));
    await assert.rejects(client.send(new GetObjectCommand({ Bucket: 'b', Key: key })), (e: SdkError & { Key?: string }) => {
      assert.equal(e.name, 'NoSuchKey');
      assert.equal(e.message, 'The specified key does not exist.');
      assert.equal(e.Code, 'NoSuchKey');
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      assert.equal(e.$metadata?.requestId, 'loopback-request-id');
      return true;
    });
    assert.equal(
      bodyText(exchange),
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>dir/a b+c&amp;d=é.txt</Key><RequestId>loopback-request-id</RequestId></Error>',
    );
  });

  test('NoSuchBucket: an unmodeled error keeps its code and extra fields', async () => {
    const client = s3(() => {
      throw new AwsError('NoSuchBucket', 'The specified bucket does not exist', { status: 404, fields: { BucketName: 'nope' } });
    });
    await assert.rejects(client.send(new ListObjectsV2Command({ Bucket: 'nope' })), (e: SdkError & { BucketName?: string }) => {
      assert.equal(e.name, 'NoSuchBucket');
      assert.equal(e.message, 'The specified bucket does not exist');
      assert.equal(e.BucketName, 'nope');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
  });

  test('HeadObject 404 has no body, so the client names it NotFound as it does against AWS', async () => {
    const client = s3(() => {
      throw new AwsError('NoSuchKey', 'The specified key does not exist.', { status: 404 });
    });
    await assert.rejects(client.send(new HeadObjectCommand({ Bucket: 'b', Key: 'k' })), (e: SdkError) => {
      assert.equal(e.name, 'NotFound');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
  });

  test('a server fault: 500 InternalError', async () => {
    const client = s3(() => {
      throw new AwsError('InternalError', 'We encountered an internal error. Please try again.', { status: 500 });
    });
    await assert.rejects(client.send(new ListBucketsCommand({})), (e: SdkError) => {
      assert.equal(e.name, 'InternalError');
      assert.equal(e.$fault, 'server');
      assert.equal(e.$metadata?.httpStatusCode, 500);
      return true;
    });
  });
});
