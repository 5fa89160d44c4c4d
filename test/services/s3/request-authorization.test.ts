import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import {
  AbortMultipartUploadCommand, CopyObjectCommand, CreateBucketCommand, DeletePublicAccessBlockCommand, CreateMultipartUploadCommand, DeleteObjectsCommand, GetObjectAttributesCommand,
  GetObjectCommand, HeadObjectCommand, ListMultipartUploadsCommand, ListObjectVersionsCommand, ListObjectsV2Command, ListPartsCommand,
  PutBucketAnalyticsConfigurationCommand, PutBucketPolicyCommand, PutBucketVersioningCommand, PutObjectCommand, PutObjectLegalHoldCommand,
  PutObjectRetentionCommand, RestoreObjectCommand, S3Client, UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startEnforcedS3 } from './enforced-kumo.js';

const OWNER = '111111111111';
const OTHER = '222222222222';
type Statement = { Effect?: 'Allow' | 'Deny'; Action: string | string[]; Resource: string | string[] };

/** Under KUMO_ENFORCE_IAM=1: copy sources, DeleteObjects keys and the operations AWS names another action for. */
describe('S3 request authorization (IAM users with narrow policies)', () => {
  let kumo: EmbeddedKumo;
  let owner: S3Client;
  let other: S3Client;
  let v1 = '';
  let issue: (account: string, name: string, statements: Statement[]) => Promise<S3Client>;

  /** AWS's message for a same-account user no identity policy allows (`resource-based` when the bucket is another account's). */
  const denied = (account: string, user: string, action: string, resource: string, kind = 'identity-based') =>
    (e: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'AccessDenied');
      assert.equal(e.$metadata.httpStatusCode, 403);
      assert.equal(e.message, `User: arn:aws:iam::${account}:user/${user} is not authorized to perform: ${action} on resource: ${resource} because no ${kind} policy allows the ${action} action`);
      return true;
    };

  before(async () => {
    const started = await startEnforcedS3();
    kumo = started.kumo;
    owner = started.root(OWNER);
    other = started.root(OTHER);
    issue = async (account, name, statements) => {
      const iam = new IAMClient({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId: account, secretAccessKey: 'test' } });
      await iam.send(new CreateUserCommand({ UserName: name }));
      await iam.send(new PutUserPolicyCommand({
        UserName: name, PolicyName: 'narrow',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statements.map((s) => ({ Effect: 'Allow', ...s })) }),
      }));
      const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
      return new S3Client({ endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    };
    await owner.send(new CreateBucketCommand({ Bucket: 'ra-src' }));
    await owner.send(new PutBucketVersioningCommand({ Bucket: 'ra-src', VersioningConfiguration: { Status: 'Enabled' } }));
    v1 = (await owner.send(new PutObjectCommand({ Bucket: 'ra-src', Key: 'plain.txt', Body: 'one' }))).VersionId!;
    await owner.send(new PutObjectCommand({ Bucket: 'ra-src', Key: 'plain.txt', Body: 'two' }));
    await owner.send(new PutObjectCommand({ Bucket: 'ra-src', Key: 'tagged.txt', Body: 'tags', Tagging: 'team=web' }));
    await owner.send(new CreateBucketCommand({ Bucket: 'ra-dst' }));
  });
  after(() => kumo.stop());

  describe('CopyObject and UploadPartCopy read their source', () => {
    test('the source needs s3:GetObject, the destination s3:PutObject', async () => {
      const writer = await issue(OWNER, 'writer', [{ Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }]);
      const reader = await issue(OWNER, 'reader', [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-src/*' }]);
      const copier = await issue(OWNER, 'copier', [
        { Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }, { Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-src/*' },
      ]);
      const copy = { Bucket: 'ra-dst', Key: 'copy.txt', CopySource: 'ra-src/plain.txt' };
      await assert.rejects(writer.send(new CopyObjectCommand(copy)), denied(OWNER, 'writer', 's3:GetObject', 'arn:aws:s3:::ra-src/plain.txt'));
      await assert.rejects(reader.send(new CopyObjectCommand(copy)), denied(OWNER, 'reader', 's3:PutObject', 'arn:aws:s3:::ra-dst/copy.txt'));
      await assert.rejects(owner.send(new HeadObjectCommand({ Bucket: 'ra-dst', Key: 'copy.txt' })), { name: 'NotFound' });
      assert.ok((await copier.send(new CopyObjectCommand(copy))).CopyObjectResult?.ETag);
      assert.equal(await (await owner.send(new GetObjectCommand({ Bucket: 'ra-dst', Key: 'copy.txt' }))).Body!.transformToString(), 'two');
    });

    test('a versionId in x-amz-copy-source needs s3:GetObjectVersion', async () => {
      const copier = await issue(OWNER, 'copier-v', [
        { Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }, { Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-src/*' },
      ]);
      const copy = { Bucket: 'ra-dst', Key: 'old.txt', CopySource: `ra-src/plain.txt?versionId=${v1}` };
      await assert.rejects(copier.send(new CopyObjectCommand(copy)), denied(OWNER, 'copier-v', 's3:GetObjectVersion', 'arn:aws:s3:::ra-src/plain.txt'));
      const versions = await issue(OWNER, 'copier-v2', [
        { Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }, { Action: 's3:GetObjectVersion', Resource: 'arn:aws:s3:::ra-src/*' },
      ]);
      assert.equal((await versions.send(new CopyObjectCommand(copy))).CopySourceVersionId, v1);
      assert.equal(await (await owner.send(new GetObjectCommand({ Bucket: 'ra-dst', Key: 'old.txt' }))).Body!.transformToString(), 'one');
    });

    test("copying a source's tags needs s3:GetObjectTagging on it; replacing them does not", async () => {
      const copier = await issue(OWNER, 'copier-t', [
        { Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }, { Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-src/*' },
      ]);
      const copy = { Bucket: 'ra-dst', Key: 'tagged-copy.txt', CopySource: 'ra-src/tagged.txt' };
      await assert.rejects(copier.send(new CopyObjectCommand(copy)), denied(OWNER, 'copier-t', 's3:GetObjectTagging', 'arn:aws:s3:::ra-src/tagged.txt'));
      await copier.send(new CopyObjectCommand({ ...copy, TaggingDirective: 'REPLACE' }));
      // New tags on the copy are a tagging write: s3:PutObjectTagging on the destination.
      await assert.rejects(
        copier.send(new CopyObjectCommand({ ...copy, TaggingDirective: 'REPLACE', Tagging: 'k=v' })),
        denied(OWNER, 'copier-t', 's3:PutObjectTagging', 'arn:aws:s3:::ra-dst/tagged-copy.txt'),
      );
      const tagger = await issue(OWNER, 'copier-t2', [
        { Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }, { Action: ['s3:GetObject', 's3:GetObjectTagging'], Resource: 'arn:aws:s3:::ra-src/*' },
      ]);
      await tagger.send(new CopyObjectCommand(copy));
    });

    test('UploadPartCopy reads its source as s3:GetObject', async () => {
      const writer = await issue(OWNER, 'part-writer', [{ Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }]);
      const upload = await writer.send(new CreateMultipartUploadCommand({ Bucket: 'ra-dst', Key: 'big.bin' }));
      const part = { Bucket: 'ra-dst', Key: 'big.bin', UploadId: upload.UploadId!, PartNumber: 1, CopySource: 'ra-src/plain.txt' };
      await assert.rejects(writer.send(new UploadPartCopyCommand(part)), denied(OWNER, 'part-writer', 's3:GetObject', 'arn:aws:s3:::ra-src/plain.txt'));
      const copier = await issue(OWNER, 'part-copier', [
        { Action: 's3:PutObject', Resource: 'arn:aws:s3:::ra-dst/*' }, { Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-src/*' },
      ]);
      assert.ok((await copier.send(new UploadPartCopyCommand(part))).CopyPartResult?.ETag);
    });

    test("the source bucket's own policy counts: another account's source needs it, an explicit deny refuses", async () => {
      await other.send(new CreateBucketCommand({ Bucket: 'ra-other-dst' }));
      const outsider = await issue(OTHER, 'outsider', [{ Action: 's3:*', Resource: '*' }]);
      const copy = { Bucket: 'ra-other-dst', Key: 'x.txt', CopySource: 'ra-src/plain.txt' };
      await assert.rejects(outsider.send(new CopyObjectCommand(copy)), denied(OTHER, 'outsider', 's3:GetObject', 'arn:aws:s3:::ra-src/plain.txt', 'resource-based'));
      const grant = (effect: 'Allow' | 'Deny', principal: string) => owner.send(new PutBucketPolicyCommand({
        Bucket: 'ra-src',
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Principal: { AWS: principal }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-src/*' }] }),
      }));
      await grant('Allow', `arn:aws:iam::${OTHER}:user/outsider`);
      await outsider.send(new CopyObjectCommand(copy));
      assert.equal(await (await other.send(new GetObjectCommand({ Bucket: 'ra-other-dst', Key: 'x.txt' }))).Body!.transformToString(), 'two');
      // A same-account user allowed by IAM is refused by the source bucket's explicit deny.
      const copier = await issue(OWNER, 'copier-d', [{ Action: ['s3:PutObject', 's3:GetObject'], Resource: '*' }]);
      await grant('Deny', `arn:aws:iam::${OWNER}:user/copier-d`);
      await assert.rejects(copier.send(new CopyObjectCommand({ Bucket: 'ra-dst', Key: 'd.txt', CopySource: 'ra-src/plain.txt' })), (e: Error) => {
        assert.equal(e.message, `User: arn:aws:iam::${OWNER}:user/copier-d is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::ra-src/plain.txt with an explicit deny in a resource-based policy`);
        return true;
      });
      await copier.send(new PutObjectCommand({ Bucket: 'ra-dst', Key: 'd.txt', Body: 'direct' }));
    });
  });

  describe('DeleteObjects authorizes each key', () => {
    test('a key the caller may not delete comes back in Errors; the others are deleted', async () => {
      await owner.send(new CreateBucketCommand({ Bucket: 'ra-del' }));
      await owner.send(new PutBucketVersioningCommand({ Bucket: 'ra-del', VersioningConfiguration: { Status: 'Enabled' } }));
      for (const key of ['keep/a.txt', 'open/b.txt', 'open/c.txt']) await owner.send(new PutObjectCommand({ Bucket: 'ra-del', Key: key, Body: key }));
      const deleter = await issue(OWNER, 'deleter', [{ Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::ra-del/open/*' }]);
      const out = await deleter.send(new DeleteObjectsCommand({
        Bucket: 'ra-del', Delete: { Objects: [{ Key: 'open/b.txt' }, { Key: 'keep/a.txt' }, { Key: 'open/c.txt' }] },
      }));
      assert.equal(out.$metadata.httpStatusCode, 200);
      assert.deepEqual(out.Deleted?.map((d) => [d.Key, d.DeleteMarker]), [['open/b.txt', true], ['open/c.txt', true]]);
      assert.deepEqual(out.Errors, [{ Key: 'keep/a.txt', Code: 'AccessDenied', Message: 'Access Denied' }]);
      assert.equal(await (await owner.send(new GetObjectCommand({ Bucket: 'ra-del', Key: 'keep/a.txt' }))).Body!.transformToString(), 'keep/a.txt');
      await assert.rejects(owner.send(new HeadObjectCommand({ Bucket: 'ra-del', Key: 'open/b.txt' })), { name: 'NotFound' });
    });

    test('a key naming a version needs s3:DeleteObjectVersion; quiet mode lists only the refusals', async () => {
      const versions = await owner.send(new ListObjectVersionsCommand({ Bucket: 'ra-del', Prefix: 'open/b.txt' }));
      const version = versions.Versions!.find((v) => v.Key === 'open/b.txt')!.VersionId!;
      const deleter = await issue(OWNER, 'deleter-q', [{ Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::ra-del/*' }]);
      const objects = [{ Key: 'open/b.txt', VersionId: version }, { Key: 'keep/a.txt' }];
      const quiet = await deleter.send(new DeleteObjectsCommand({ Bucket: 'ra-del', Delete: { Objects: objects, Quiet: true } }));
      assert.equal(quiet.Deleted, undefined);
      assert.deepEqual(quiet.Errors, [{ Key: 'open/b.txt', VersionId: version, Code: 'AccessDenied', Message: 'Access Denied' }]);
      const pruner = await issue(OWNER, 'pruner', [{ Action: 's3:DeleteObjectVersion', Resource: 'arn:aws:s3:::ra-del/*' }]);
      const out = await pruner.send(new DeleteObjectsCommand({ Bucket: 'ra-del', Delete: { Objects: objects } }));
      assert.deepEqual(out.Deleted, [{ Key: 'open/b.txt', VersionId: version }]);
      assert.deepEqual(out.Errors, [{ Key: 'keep/a.txt', Code: 'AccessDenied', Message: 'Access Denied' }]);
    });

    test('a caller with no delete permission at all gets every key back as AccessDenied, not a 403', async () => {
      const nobody = await issue(OWNER, 'nobody', [{ Action: 's3:GetObject', Resource: '*' }]);
      const out = await nobody.send(new DeleteObjectsCommand({ Bucket: 'ra-del', Delete: { Objects: [{ Key: 'keep/a.txt' }, { Key: 'gone.txt' }] } }));
      assert.deepEqual(out.Errors?.map((e) => [e.Key, e.Code]), [['keep/a.txt', 'AccessDenied'], ['gone.txt', 'AccessDenied']]);
      assert.deepEqual(out.Deleted, undefined);
    });
  });

  describe('DeleteObjects without credentials', () => {
    test("each key needs a public s3:DeleteObject in the bucket's policy", async () => {
      await owner.send(new CreateBucketCommand({ Bucket: 'ra-pub' }));
      await owner.send(new DeletePublicAccessBlockCommand({ Bucket: 'ra-pub' }));
      await owner.send(new PutBucketPolicyCommand({
        Bucket: 'ra-pub',
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::ra-pub/open/*' }] }),
      }));
      for (const key of ['open/x.txt', 'closed/y.txt']) await owner.send(new PutObjectCommand({ Bucket: 'ra-pub', Key: key, Body: key }));
      const body = '<Delete><Object><Key>open/x.txt</Key></Object><Object><Key>closed/y.txt</Key></Object></Delete>';
      const response = await fetch(`${kumo.url}/ra-pub?delete`, {
        method: 'POST', body, headers: { 'content-md5': createHash('md5').update(body).digest('base64'), 'content-type': 'application/xml' },
      });
      assert.equal(response.status, 200);
      const xml = await response.text();
      assert.match(xml, /<Deleted><Key>open\/x\.txt<\/Key><\/Deleted>/);
      assert.match(xml, /<Error><Key>closed\/y\.txt<\/Key><Code>AccessDenied<\/Code><Message>Access Denied<\/Message><\/Error>/);
      assert.equal(await (await owner.send(new GetObjectCommand({ Bucket: 'ra-pub', Key: 'closed/y.txt' }))).Body!.transformToString(), 'closed/y.txt');
    });
  });

  describe('operations AWS authorizes under another action', () => {
    test('ListObjectVersions needs s3:ListBucketVersions; ListMultipartUploads, ListParts and AbortMultipartUpload their own', async () => {
      const lister = await issue(OWNER, 'lister', [{ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::ra-src' }]);
      assert.ok((await lister.send(new ListObjectsV2Command({ Bucket: 'ra-src' }))).KeyCount! >= 2);
      await assert.rejects(lister.send(new ListObjectVersionsCommand({ Bucket: 'ra-src' })), denied(OWNER, 'lister', 's3:ListBucketVersions', 'arn:aws:s3:::ra-src'));
      await assert.rejects(lister.send(new ListMultipartUploadsCommand({ Bucket: 'ra-src' })), denied(OWNER, 'lister', 's3:ListBucketMultipartUploads', 'arn:aws:s3:::ra-src'));
      const upload = (await owner.send(new CreateMultipartUploadCommand({ Bucket: 'ra-src', Key: 'mpu.bin' }))).UploadId!;
      const at = { Bucket: 'ra-src', Key: 'mpu.bin', UploadId: upload };
      await assert.rejects(lister.send(new ListPartsCommand(at)), denied(OWNER, 'lister', 's3:ListMultipartUploadParts', 'arn:aws:s3:::ra-src/mpu.bin'));
      await assert.rejects(lister.send(new AbortMultipartUploadCommand(at)), denied(OWNER, 'lister', 's3:AbortMultipartUpload', 'arn:aws:s3:::ra-src/mpu.bin'));
      const uploads = await issue(OWNER, 'uploads', [
        { Action: ['s3:ListBucketVersions', 's3:ListBucketMultipartUploads'], Resource: 'arn:aws:s3:::ra-src' },
        { Action: ['s3:ListMultipartUploadParts', 's3:AbortMultipartUpload'], Resource: 'arn:aws:s3:::ra-src/mpu.bin' },
      ]);
      assert.ok((await uploads.send(new ListObjectVersionsCommand({ Bucket: 'ra-src' }))).Versions!.length >= 3);
      assert.deepEqual((await uploads.send(new ListMultipartUploadsCommand({ Bucket: 'ra-src' }))).Uploads?.map((u) => u.Key), ['mpu.bin']);
      assert.deepEqual((await uploads.send(new ListPartsCommand(at))).Parts ?? [], []);
      await uploads.send(new AbortMultipartUploadCommand(at));
    });

    test('GetObjectAttributes needs s3:GetObject and s3:GetObjectAttributes (the Version pair with a versionId)', async () => {
      const ask = { Bucket: 'ra-src', Key: 'plain.txt', ObjectAttributes: ['ObjectSize' as const] };
      const getter = await issue(OWNER, 'attr-get', [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-src/*' }]);
      await assert.rejects(getter.send(new GetObjectAttributesCommand(ask)), denied(OWNER, 'attr-get', 's3:GetObjectAttributes', 'arn:aws:s3:::ra-src/plain.txt'));
      const attrs = await issue(OWNER, 'attr-only', [{ Action: 's3:GetObjectAttributes', Resource: 'arn:aws:s3:::ra-src/*' }]);
      await assert.rejects(attrs.send(new GetObjectAttributesCommand(ask)), denied(OWNER, 'attr-only', 's3:GetObject', 'arn:aws:s3:::ra-src/plain.txt'));
      const both = await issue(OWNER, 'attr-both', [{ Action: ['s3:GetObject', 's3:GetObjectAttributes'], Resource: 'arn:aws:s3:::ra-src/*' }]);
      assert.equal((await both.send(new GetObjectAttributesCommand(ask))).ObjectSize, 3);
      await assert.rejects(both.send(new GetObjectAttributesCommand({ ...ask, VersionId: v1 })), denied(OWNER, 'attr-both', 's3:GetObjectVersion', 'arn:aws:s3:::ra-src/plain.txt'));
      const versions = await issue(OWNER, 'attr-v', [{ Action: ['s3:GetObjectVersion', 's3:GetObjectVersionAttributes'], Resource: 'arn:aws:s3:::ra-src/*' }]);
      assert.equal((await versions.send(new GetObjectAttributesCommand({ ...ask, VersionId: v1 }))).ObjectSize, 3);
    });

    test('RestoreObject, PutObjectLegalHold and PutObjectRetention need their own actions; the bypass header s3:BypassGovernanceRetention', async () => {
      await owner.send(new CreateBucketCommand({ Bucket: 'ra-lock', ObjectLockEnabledForBucket: true }));
      await owner.send(new PutObjectCommand({ Bucket: 'ra-lock', Key: 'held.txt', Body: 'held' }));
      const at = { Bucket: 'ra-lock', Key: 'held.txt' };
      const reader = await issue(OWNER, 'lock-reader', [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::ra-lock/*' }]);
      await assert.rejects(reader.send(new RestoreObjectCommand({ ...at, RestoreRequest: { Days: 1 } })), denied(OWNER, 'lock-reader', 's3:RestoreObject', 'arn:aws:s3:::ra-lock/held.txt'));
      await assert.rejects(reader.send(new PutObjectLegalHoldCommand({ ...at, LegalHold: { Status: 'ON' } })), denied(OWNER, 'lock-reader', 's3:PutObjectLegalHold', 'arn:aws:s3:::ra-lock/held.txt'));
      const soon = new Date(Date.now() + 86_400_000);
      const later = new Date(Date.now() + 2 * 86_400_000);
      await assert.rejects(
        reader.send(new PutObjectRetentionCommand({ ...at, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: later } })),
        denied(OWNER, 'lock-reader', 's3:PutObjectRetention', 'arn:aws:s3:::ra-lock/held.txt'),
      );
      const keeper = await issue(OWNER, 'keeper', [{ Action: ['s3:PutObjectRetention', 's3:PutObjectLegalHold'], Resource: 'arn:aws:s3:::ra-lock/*' }]);
      await keeper.send(new PutObjectLegalHoldCommand({ ...at, LegalHold: { Status: 'OFF' } }));
      await keeper.send(new PutObjectRetentionCommand({ ...at, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: later } }));
      // Shortening GOVERNANCE retention needs the header, and the header needs s3:BypassGovernanceRetention.
      const shorten = { ...at, Retention: { Mode: 'GOVERNANCE' as const, RetainUntilDate: soon } };
      await assert.rejects(keeper.send(new PutObjectRetentionCommand(shorten)), (e: Error) => e.name === 'AccessDenied' && e.message === 'Access Denied');
      await assert.rejects(
        keeper.send(new PutObjectRetentionCommand({ ...shorten, BypassGovernanceRetention: true })),
        denied(OWNER, 'keeper', 's3:BypassGovernanceRetention', 'arn:aws:s3:::ra-lock/held.txt'),
      );
      const bypasser = await issue(OWNER, 'bypasser', [{ Action: ['s3:PutObjectRetention', 's3:BypassGovernanceRetention'], Resource: 'arn:aws:s3:::ra-lock/*' }]);
      await bypasser.send(new PutObjectRetentionCommand({ ...shorten, BypassGovernanceRetention: true }));
    });

    test('configuration families are authorized by configuration: s3:PutAnalyticsConfiguration', async () => {
      const analyst = await issue(OWNER, 'analyst', [{ Action: 's3:PutAnalyticsConfiguration', Resource: 'arn:aws:s3:::ra-src' }]);
      await analyst.send(new PutBucketAnalyticsConfigurationCommand({
        Bucket: 'ra-src', Id: 'a1', AnalyticsConfiguration: { Id: 'a1', StorageClassAnalysis: {} },
      }));
      const reader = await issue(OWNER, 'analyst-no', [{ Action: 's3:PutBucketAnalyticsConfiguration', Resource: 'arn:aws:s3:::ra-src' }]);
      await assert.rejects(
        reader.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'ra-src', Id: 'a2', AnalyticsConfiguration: { Id: 'a2', StorageClassAnalysis: {} } })),
        (e: Error) => e.name === 'AccessDenied',
      );
    });
  });
});
