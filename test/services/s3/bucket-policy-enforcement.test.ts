import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, GetObjectCommand, PutBucketPolicyCommand, PutObjectCommand, S3Client,
} from '@aws-sdk/client-s3';
import { DEFAULT_CONFIG } from '../../../src/server/config.js';
import { startServer, type RunningKumo } from '../../../src/server/start-server.js';

/** KUMO_ENFORCE_IAM=1: bucket policies take part in the IAM engine's decision. */
describe('S3 bucket policies under IAM enforcement', () => {
  let kumo: RunningKumo;
  let root: S3Client;
  let bob: S3Client;
  let bobArn: string;
  before(async () => {
    kumo = await startServer({ ...DEFAULT_CONFIG, port: 0, inMemory: true, dataDir: undefined, services: ['iam', 'sts', 's3'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
    const config = { endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
    const iam = new IAMClient(config);
    bobArn = (await iam.send(new CreateUserCommand({ UserName: 'bob' }))).User!.Arn!;
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }))).AccessKey!;
    root = new S3Client(config);
    bob = new S3Client({ ...config, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    await root.send(new CreateBucketCommand({ Bucket: 'enforced' }));
    await root.send(new PutObjectCommand({ Bucket: 'enforced', Key: 'shared/a.txt', Body: 'for bob' }));
    await root.send(new PutObjectCommand({ Bucket: 'enforced', Key: 'public/p.txt', Body: 'for all' }));
  });
  after(() => kumo.stop());

  test('a user without identity policies reads what the bucket policy grants it, nothing more', async () => {
    await assert.rejects(bob.send(new GetObjectCommand({ Bucket: 'enforced', Key: 'shared/a.txt' })), { name: 'AccessDenied' });
    await root.send(new DeletePublicAccessBlockCommand({ Bucket: 'enforced' }));
    await root.send(new PutBucketPolicyCommand({
      Bucket: 'enforced',
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: bobArn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::enforced/shared/*' },
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::enforced/public/*' },
        ],
      }),
    }));
    const got = await bob.send(new GetObjectCommand({ Bucket: 'enforced', Key: 'shared/a.txt' }));
    assert.equal(await got.Body?.transformToString(), 'for bob');
    await assert.rejects(bob.send(new PutObjectCommand({ Bucket: 'enforced', Key: 'shared/b.txt', Body: 'no' })), (e: Error) => {
      assert.equal(e.name, 'AccessDenied');
      assert.match(e.message, /^User: arn:aws:iam::000000000000:user\/bob is not authorized to perform: s3:PutObject/);
      return true;
    });
    const anonymous = await fetch(`${kumo.url}/enforced/public/p.txt`);
    assert.equal(anonymous.status, 200);
    assert.equal(await anonymous.text(), 'for all');
    assert.equal((await fetch(`${kumo.url}/enforced/shared/a.txt`)).status, 403);
  });

  test("another account's user is denied a bucket that has no policy, whatever its own policies allow", async () => {
    const other = { endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: '444455556666', secretAccessKey: 'x' } };
    const iam = new IAMClient(other);
    await iam.send(new CreateUserCommand({ UserName: 'eve' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'eve', PolicyName: 'all-s3',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'eve' }))).AccessKey!;
    const eve = new S3Client({ ...other, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    await root.send(new CreateBucketCommand({ Bucket: 'private-one' }));
    await root.send(new PutObjectCommand({ Bucket: 'private-one', Key: 'k', Body: 'mine' }));
    await assert.rejects(eve.send(new GetObjectCommand({ Bucket: 'private-one', Key: 'k' })), { name: 'AccessDenied' });
    // The owner's own user with an identity policy still reads it.
    const got = await root.send(new GetObjectCommand({ Bucket: 'private-one', Key: 'k' }));
    assert.equal(await got.Body?.transformToString(), 'mine');
  });
});
