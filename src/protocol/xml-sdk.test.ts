import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STSClient, AssumeRoleCommand, GetCallerIdentityCommand, type STSClientConfig } from '@aws-sdk/client-sts';
import { EC2Client, DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { S3Client, GetObjectCommand, ListObjectsV2Command, PutBucketTaggingCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { modelCatalog, type ServiceModel } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import { ec2Protocol } from './ec2.js';
import { queryProtocol } from './query.js';
import { restXmlProtocol } from './rest-xml.js';
import { sdkLoopback, type LoopbackHandler } from './testing/sdk-loopback.js';

/** The official SDK v3 clients as the oracle: their serializers feed Kumo's parsers, their deserializers read Kumo's bytes. */
const common = { region: 'us-east-1', endpoint: 'http://localhost:4566', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } };
const expiration = new Date('2030-01-02T03:04:05Z');

type RequestHandler = NonNullable<STSClientConfig['requestHandler']>;

function client<T>(make: (config: typeof common & { requestHandler: RequestHandler }) => T, protocol: typeof queryProtocol, model: ServiceModel, handle: LoopbackHandler): T {
  // The loopback implements the one method clients call; the SDK's handler type asks for more.
  return make({ ...common, requestHandler: sdkLoopback(protocol, model, handle) as unknown as RequestHandler });
}

describe('query through @aws-sdk/client-sts', () => {
  const model = modelCatalog().model('sts');
  test('AssumeRole round trip', async () => {
    let seen: Record<string, unknown> = {};
    const sts = client((c) => new STSClient(c), queryProtocol, model, (_op, input) => {
      seen = input;
      return {
        Credentials: { AccessKeyId: 'ASIA1', SecretAccessKey: 's', SessionToken: 't', Expiration: expiration },
        AssumedRoleUser: { AssumedRoleId: 'AROA1:x', Arn: 'arn:aws:sts::000000000000:assumed-role/r/x' },
        PackedPolicySize: 6,
      };
    });
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/r', RoleSessionName: 'x', DurationSeconds: 900, Tags: [{ Key: 'k', Value: 'v & w' }] }));
    assert.deepEqual(seen, { RoleArn: 'arn:aws:iam::000000000000:role/r', RoleSessionName: 'x', DurationSeconds: 900, Tags: [{ Key: 'k', Value: 'v & w' }] });
    assert.equal(out.Credentials?.AccessKeyId, 'ASIA1');
    assert.equal(out.Credentials?.Expiration?.getTime(), expiration.getTime());
    assert.equal(out.PackedPolicySize, 6);
    assert.equal(out.$metadata.requestId, 'loopback-request-id');
  });

  test('AssumeRole: lists of structures and of strings in, full output equality', async () => {
    let seen: unknown;
    const output = {
      Credentials: { AccessKeyId: 'ASIA2', SecretAccessKey: 's/+=', SessionToken: 't'.repeat(40), Expiration: new Date('2030-01-02T03:04:05.678Z') },
      AssumedRoleUser: { AssumedRoleId: 'AROA2:s', Arn: 'arn:aws:sts::000000000000:assumed-role/r/s' },
      PackedPolicySize: 12,
      SourceIdentity: 'me',
    };
    const sts = client((c) => new STSClient(c), queryProtocol, model, (op, input) => {
      seen = { op, input };
      return output;
    });
    const input = {
      RoleArn: 'arn:aws:iam::000000000000:role/r',
      RoleSessionName: 's',
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { arn: 'arn:aws:iam::000000000000:policy/p' }],
      Policy: '{"Version":"2012-10-17","Statement":[]}',
      Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }],
      TransitiveTagKeys: ['a'],
      ExternalId: 'ext',
      SourceIdentity: 'me',
    };
    const { $metadata: _m, ...out } = await sts.send(new AssumeRoleCommand(input));
    assert.deepEqual(seen, { op: 'AssumeRole', input });
    assert.deepEqual(out, output);
    const who = await client((c) => new STSClient(c), queryProtocol, model, () => ({ UserId: 'AIDA1', Account: '000000000000', Arn: 'arn:aws:iam::000000000000:user/u' })).send(new GetCallerIdentityCommand({}));
    assert.deepEqual({ ...who, $metadata: undefined }, { UserId: 'AIDA1', Account: '000000000000', Arn: 'arn:aws:iam::000000000000:user/u', $metadata: undefined });
  });

  test('a modeled error reaches the client with its code and status', async () => {
    const sts = client((c) => new STSClient(c), queryProtocol, model, () => {
      throw new AwsError('MalformedPolicyDocument', 'bad policy');
    });
    await assert.rejects(sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/r', RoleSessionName: 'x' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'MalformedPolicyDocumentException');
      assert.equal(e.message, 'bad policy');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    });
  });
});

describe('ec2 through @aws-sdk/client-ec2', () => {
  const model = modelCatalog().model('ec2');
  test('DescribeInstances round trip', async () => {
    let seen: Record<string, unknown> = {};
    const ec2 = client((c) => new EC2Client(c), ec2Protocol, model, (_op, input) => {
      seen = input;
      return { Reservations: [{ ReservationId: 'r-1', Instances: [{ InstanceId: 'i-1', LaunchTime: expiration, Tags: [{ Key: 'Name', Value: 'web' }], State: { Code: 16, Name: 'running' } }] }] };
    });
    const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-1'], Filters: [{ Name: 'tag:Name', Values: ['web', 'db'] }], DryRun: false }));
    assert.deepEqual(seen, { InstanceIds: ['i-1'], Filters: [{ Name: 'tag:Name', Values: ['web', 'db'] }], DryRun: false });
    const instance = out.Reservations?.[0]?.Instances?.[0];
    assert.equal(instance?.InstanceId, 'i-1');
    assert.equal(instance?.LaunchTime?.getTime(), expiration.getTime());
    assert.deepEqual(instance?.Tags, [{ Key: 'Name', Value: 'web' }]);
    assert.equal(instance?.State?.Code, 16);
  });

  test('errors as the client expects them', async () => {
    const ec2 = client((c) => new EC2Client(c), ec2Protocol, model, () => {
      throw new AwsError('InvalidInstanceID.NotFound', "The instance ID 'i-9' does not exist");
    });
    await assert.rejects(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-9'] })), (e: Error) => e.name === 'InvalidInstanceID.NotFound' && /i-9/.test(e.message));
  });
});

describe('rest-xml through @aws-sdk/client-s3', () => {
  // noErrorWrapping comes from specs/patches/s3.json.
  const model = modelCatalog().model('s3');
  const s3 = (handle: LoopbackHandler) => client((c) => new S3Client({ ...c, forcePathStyle: true }), restXmlProtocol, model, handle);

  test('PutObject with metadata, GetObject streaming back', async () => {
    let seen: Record<string, unknown> = {};
    const put = s3((op, input) => {
      seen = { op, ...input };
      return { ETag: '"abc"' };
    });
    const out = await put.send(new PutObjectCommand({ Bucket: 'b', Key: 'dir/a b.txt', Body: 'hello', Metadata: { color: 'blue' }, ContentType: 'text/plain' }));
    assert.equal(out.ETag, '"abc"');
    assert.equal(seen.op, 'PutObject');
    assert.equal(seen.Key, 'dir/a b.txt');
    assert.deepEqual(seen.Metadata, { color: 'blue' });
    assert.equal(Buffer.from(seen.Body as Uint8Array).toString(), 'hello');

    const get = s3(() => ({ Body: Buffer.from('hello'), ContentType: 'text/plain', LastModified: expiration, Metadata: { color: 'blue' } }));
    const object = await get.send(new GetObjectCommand({ Bucket: 'b', Key: 'dir/a b.txt' }));
    assert.equal(await object.Body?.transformToString(), 'hello');
    assert.equal(object.LastModified?.getTime(), expiration.getTime());
    assert.deepEqual(object.Metadata, { color: 'blue' });
  });

  test('ListObjectsV2 and PutBucketTagging bodies', async () => {
    let seen: Record<string, unknown> = {};
    const list = s3((op, input) => {
      seen = { op, ...input };
      if (op === 'PutBucketTagging') return {};
      return { Name: 'b', KeyCount: 1, IsTruncated: false, Contents: [{ Key: 'k', Size: 3, LastModified: expiration }], CommonPrefixes: [{ Prefix: 'p/' }] };
    });
    const out = await list.send(new ListObjectsV2Command({ Bucket: 'b', Prefix: 'k' }));
    assert.equal(seen.op, 'ListObjectsV2');
    assert.equal(seen.Prefix, 'k');
    assert.equal(out.Contents?.[0]?.Key, 'k');
    assert.equal(out.Contents?.[0]?.Size, 3);
    assert.deepEqual(out.CommonPrefixes, [{ Prefix: 'p/' }]);
    await list.send(new PutBucketTaggingCommand({ Bucket: 'b', Tagging: { TagSet: [{ Key: 'a', Value: '<1>' }] } }));
    assert.equal(seen.op, 'PutBucketTagging');
    assert.deepEqual(seen.Tagging, { TagSet: [{ Key: 'a', Value: '<1>' }] });
  });

  test('a bare <Error> body reaches the client as NoSuchKey', async () => {
    const get = s3(() => {
      throw new AwsError('NoSuchKey', 'The specified key does not exist.', { status: 404, fields: { Key: 'k' } });
    });
    await assert.rejects(get.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'NoSuchKey');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
  });
});
