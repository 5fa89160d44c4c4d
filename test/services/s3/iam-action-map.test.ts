import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iamActionFor, requestResources } from '../../../src/policy/index.js';
import { modelCatalog } from '../../../src/model/catalog.js';
import { s3Service } from '../../../src/services/s3/index.js';

type On = 'bucket' | 'object' | 'account';

/**
 * Every S3 operation Kumo implements, with the actions AWS requires for it (first the
 * operation's own, then the ones it needs besides, for the plain request the row describes)
 * and the resource type they apply to. Written out from AWS's "Actions, resources, and
 * condition keys for Amazon S3" and the S3 API reference's Permissions sections, not derived
 * from Kumo's tables.
 */
const AWS: Record<string, [On, ...string[]]> = {
  AbortMultipartUpload: ['object', 's3:AbortMultipartUpload'],
  CompleteMultipartUpload: ['object', 's3:PutObject'],
  CopyObject: ['object', 's3:PutObject'],
  CreateBucket: ['bucket', 's3:CreateBucket'],
  CreateMultipartUpload: ['object', 's3:PutObject'],
  DeleteBucket: ['bucket', 's3:DeleteBucket'],
  DeleteBucketAnalyticsConfiguration: ['bucket', 's3:PutAnalyticsConfiguration'],
  DeleteBucketCors: ['bucket', 's3:PutBucketCORS'],
  DeleteBucketEncryption: ['bucket', 's3:PutEncryptionConfiguration'],
  DeleteBucketIntelligentTieringConfiguration: ['bucket', 's3:PutIntelligentTieringConfiguration'],
  DeleteBucketInventoryConfiguration: ['bucket', 's3:PutInventoryConfiguration'],
  DeleteBucketLifecycle: ['bucket', 's3:PutLifecycleConfiguration'],
  DeleteBucketMetricsConfiguration: ['bucket', 's3:PutMetricsConfiguration'],
  DeleteBucketOwnershipControls: ['bucket', 's3:PutBucketOwnershipControls'],
  DeleteBucketPolicy: ['bucket', 's3:DeleteBucketPolicy'],
  DeleteBucketReplication: ['bucket', 's3:PutReplicationConfiguration'],
  DeleteBucketTagging: ['bucket', 's3:PutBucketTagging'],
  DeleteBucketWebsite: ['bucket', 's3:DeleteBucketWebsite'],
  DeleteObject: ['object', 's3:DeleteObject'],
  DeleteObjectTagging: ['object', 's3:DeleteObjectTagging'],
  DeleteObjects: ['object', 's3:DeleteObject'],
  DeletePublicAccessBlock: ['bucket', 's3:PutBucketPublicAccessBlock'],
  GetBucketAccelerateConfiguration: ['bucket', 's3:GetAccelerateConfiguration'],
  GetBucketAcl: ['bucket', 's3:GetBucketAcl'],
  GetBucketAnalyticsConfiguration: ['bucket', 's3:GetAnalyticsConfiguration'],
  GetBucketCors: ['bucket', 's3:GetBucketCORS'],
  GetBucketEncryption: ['bucket', 's3:GetEncryptionConfiguration'],
  GetBucketIntelligentTieringConfiguration: ['bucket', 's3:GetIntelligentTieringConfiguration'],
  GetBucketInventoryConfiguration: ['bucket', 's3:GetInventoryConfiguration'],
  GetBucketLifecycle: ['bucket', 's3:GetLifecycleConfiguration'],
  GetBucketLifecycleConfiguration: ['bucket', 's3:GetLifecycleConfiguration'],
  GetBucketLocation: ['bucket', 's3:GetBucketLocation'],
  GetBucketLogging: ['bucket', 's3:GetBucketLogging'],
  GetBucketMetricsConfiguration: ['bucket', 's3:GetMetricsConfiguration'],
  GetBucketNotification: ['bucket', 's3:GetBucketNotification'],
  GetBucketNotificationConfiguration: ['bucket', 's3:GetBucketNotification'],
  GetBucketOwnershipControls: ['bucket', 's3:GetBucketOwnershipControls'],
  GetBucketPolicy: ['bucket', 's3:GetBucketPolicy'],
  GetBucketPolicyStatus: ['bucket', 's3:GetBucketPolicyStatus'],
  GetBucketReplication: ['bucket', 's3:GetReplicationConfiguration'],
  GetBucketRequestPayment: ['bucket', 's3:GetBucketRequestPayment'],
  GetBucketTagging: ['bucket', 's3:GetBucketTagging'],
  GetBucketVersioning: ['bucket', 's3:GetBucketVersioning'],
  GetBucketWebsite: ['bucket', 's3:GetBucketWebsite'],
  GetObject: ['object', 's3:GetObject'],
  GetObjectAcl: ['object', 's3:GetObjectAcl'],
  GetObjectAttributes: ['object', 's3:GetObject', 's3:GetObjectAttributes'],
  GetObjectLegalHold: ['object', 's3:GetObjectLegalHold'],
  GetObjectLockConfiguration: ['bucket', 's3:GetBucketObjectLockConfiguration'],
  GetObjectRetention: ['object', 's3:GetObjectRetention'],
  GetObjectTagging: ['object', 's3:GetObjectTagging'],
  GetPublicAccessBlock: ['bucket', 's3:GetBucketPublicAccessBlock'],
  HeadBucket: ['bucket', 's3:ListBucket'],
  HeadObject: ['object', 's3:GetObject'],
  ListBucketAnalyticsConfigurations: ['bucket', 's3:GetAnalyticsConfiguration'],
  ListBucketIntelligentTieringConfigurations: ['bucket', 's3:GetIntelligentTieringConfiguration'],
  ListBucketInventoryConfigurations: ['bucket', 's3:GetInventoryConfiguration'],
  ListBucketMetricsConfigurations: ['bucket', 's3:GetMetricsConfiguration'],
  ListBuckets: ['account', 's3:ListAllMyBuckets'],
  ListMultipartUploads: ['bucket', 's3:ListBucketMultipartUploads'],
  ListObjectVersions: ['bucket', 's3:ListBucketVersions'],
  ListObjects: ['bucket', 's3:ListBucket'],
  ListObjectsV2: ['bucket', 's3:ListBucket'],
  ListParts: ['object', 's3:ListMultipartUploadParts'],
  PostObject: ['object', 's3:PutObject'],
  PutBucketAccelerateConfiguration: ['bucket', 's3:PutAccelerateConfiguration'],
  PutBucketAcl: ['bucket', 's3:PutBucketAcl'],
  PutBucketAnalyticsConfiguration: ['bucket', 's3:PutAnalyticsConfiguration'],
  PutBucketCors: ['bucket', 's3:PutBucketCORS'],
  PutBucketEncryption: ['bucket', 's3:PutEncryptionConfiguration'],
  PutBucketIntelligentTieringConfiguration: ['bucket', 's3:PutIntelligentTieringConfiguration'],
  PutBucketInventoryConfiguration: ['bucket', 's3:PutInventoryConfiguration'],
  PutBucketLifecycle: ['bucket', 's3:PutLifecycleConfiguration'],
  PutBucketLifecycleConfiguration: ['bucket', 's3:PutLifecycleConfiguration'],
  PutBucketLogging: ['bucket', 's3:PutBucketLogging'],
  PutBucketMetricsConfiguration: ['bucket', 's3:PutMetricsConfiguration'],
  PutBucketNotification: ['bucket', 's3:PutBucketNotification'],
  PutBucketNotificationConfiguration: ['bucket', 's3:PutBucketNotification'],
  PutBucketOwnershipControls: ['bucket', 's3:PutBucketOwnershipControls'],
  PutBucketPolicy: ['bucket', 's3:PutBucketPolicy'],
  PutBucketReplication: ['bucket', 's3:PutReplicationConfiguration'],
  PutBucketRequestPayment: ['bucket', 's3:PutBucketRequestPayment'],
  PutBucketTagging: ['bucket', 's3:PutBucketTagging'],
  PutBucketVersioning: ['bucket', 's3:PutBucketVersioning'],
  PutBucketWebsite: ['bucket', 's3:PutBucketWebsite'],
  PutObject: ['object', 's3:PutObject'],
  PutObjectAcl: ['object', 's3:PutObjectAcl'],
  PutObjectLegalHold: ['object', 's3:PutObjectLegalHold'],
  PutObjectLockConfiguration: ['bucket', 's3:PutBucketObjectLockConfiguration'],
  PutObjectRetention: ['object', 's3:PutObjectRetention'],
  PutObjectTagging: ['object', 's3:PutObjectTagging'],
  PutPublicAccessBlock: ['bucket', 's3:PutBucketPublicAccessBlock'],
  RestoreObject: ['object', 's3:RestoreObject'],
  UploadPart: ['object', 's3:PutObject'],
  UploadPartCopy: ['object', 's3:PutObject'],
};

/** With a versionId, the actions AWS requires instead (operations without a version action keep theirs). */
const VERSIONED: Record<string, string[]> = {
  GetObject: ['s3:GetObjectVersion'],
  HeadObject: ['s3:GetObjectVersion'],
  DeleteObject: ['s3:DeleteObjectVersion'],
  GetObjectAcl: ['s3:GetObjectVersionAcl'],
  PutObjectAcl: ['s3:PutObjectVersionAcl'],
  GetObjectTagging: ['s3:GetObjectVersionTagging'],
  PutObjectTagging: ['s3:PutObjectVersionTagging'],
  DeleteObjectTagging: ['s3:DeleteObjectVersionTagging'],
  GetObjectAttributes: ['s3:GetObjectVersion', 's3:GetObjectVersionAttributes'],
};

/** A plain request of the operation: its bucket, and a key where the model's input has one. */
function sampleInput(operation: string): Record<string, unknown> {
  const members = modelCatalog().model('s3').operations[operation]?.input.members ?? { Bucket: {}, Key: {} };
  const input: Record<string, unknown> = {};
  if ('Bucket' in members) input.Bucket = 'amzn-bucket';
  // A POST form names its key in the form: post-object.ts authorizes it as PutObject of that key.
  if ('Key' in members || operation === 'PostObject') input.Key = 'dir/doc.txt';
  if (operation === 'CopyObject' || operation === 'UploadPartCopy') input.CopySource = 'src-bucket/in.txt';
  if (operation === 'DeleteObjects') input.Delete = { Objects: [{ Key: 'dir/doc.txt' }] };
  return input;
}

function actionsAndResources(operation: string, input: Record<string, unknown>): { actions: string[]; resources: string[] } {
  const own = iamActionFor('s3', 's3', operation, input);
  // The copy's source is a second resource, checked in its own tests; here the request's own resource.
  const targets = requestResources('s3', operation, input, '111111111111', 'us-east-1').filter((t) => !t.resource.startsWith('arn:aws:s3:::src-bucket'));
  return { actions: targets.map((t) => t.action ?? own ?? ''), resources: [...new Set(targets.map((t) => t.resource))] };
}

test("every S3 operation Kumo implements is authorized as AWS's action, on AWS's resource type", () => {
  const implemented = Object.keys(s3Service.operations).sort();
  assert.deepEqual(implemented.filter((op) => !(op in AWS)), [], 'operations missing from this table');
  for (const operation of implemented) {
    const [on, ...actions] = AWS[operation]!;
    const input = sampleInput(operation);
    const got = actionsAndResources(operation, input);
    assert.deepEqual(got.actions, actions, operation);
    const expected = on === 'account' ? '*' : on === 'bucket' ? 'arn:aws:s3:::amzn-bucket' : 'arn:aws:s3:::amzn-bucket/dir/doc.txt';
    assert.deepEqual(got.resources, [expected], `${operation} resource`);
  }
});

test('a versionId turns the object actions into their Version actions', () => {
  for (const operation of Object.keys(s3Service.operations)) {
    const [, ...plain] = AWS[operation]!;
    if (AWS[operation]![0] !== 'object' || operation === 'DeleteObjects') continue;
    const got = actionsAndResources(operation, { ...sampleInput(operation), VersionId: 'v1' });
    assert.deepEqual(got.actions, VERSIONED[operation] ?? plain, operation);
  }
});

test('a copy reads its source object: s3:GetObject, or s3:GetObjectVersion naming a version, and its tags', () => {
  const targets = (copySource: string, extra: Record<string, unknown> = {}) =>
    requestResources('s3', 'CopyObject', { Bucket: 'dst', Key: 'out.txt', CopySource: copySource, ...extra }, '111111111111', 'us-east-1')
      .map((t) => [t.action ?? 's3:PutObject', t.resource, t.deferred ?? '']);
  assert.deepEqual(targets('/src/a%20b.txt'), [
    ['s3:PutObject', 'arn:aws:s3:::dst/out.txt', ''],
    ['s3:GetObject', 'arn:aws:s3:::src/a b.txt', ''],
    ['s3:GetObjectTagging', 'arn:aws:s3:::src/a b.txt', 'CopySourceTagging'],
  ]);
  assert.deepEqual(targets('src/a.txt?versionId=v7', { TaggingDirective: 'REPLACE', Tagging: 'k=v' }), [
    ['s3:PutObject', 'arn:aws:s3:::dst/out.txt', ''],
    ['s3:GetObjectVersion', 'arn:aws:s3:::src/a.txt', ''],
    ['s3:PutObjectTagging', 'arn:aws:s3:::dst/out.txt', ''],
  ]);
  const part = requestResources('s3', 'UploadPartCopy', { Bucket: 'dst', Key: 'big', CopySource: 'src/a.txt', UploadId: 'u', PartNumber: 1 }, '1', 'r');
  assert.deepEqual(part.map((t) => [t.action ?? 's3:PutObject', t.resource]), [['s3:PutObject', 'arn:aws:s3:::dst/big'], ['s3:GetObject', 'arn:aws:s3:::src/a.txt']]);
});

test('DeleteObjects: one deferred authorization per key; the bypass header needs s3:BypassGovernanceRetention', () => {
  const targets = requestResources('s3', 'DeleteObjects', {
    Bucket: 'b', BypassGovernanceRetention: true, Delete: { Objects: [{ Key: 'a' }, { Key: 'b', VersionId: 'v2' }] },
  }, '1', 'r');
  assert.deepEqual(targets.map((t) => [t.action, t.resource, t.deferred]), [
    ['s3:DeleteObject', 'arn:aws:s3:::b/a', 'Delete.Objects.0'],
    ['s3:BypassGovernanceRetention', 'arn:aws:s3:::b/a', 'Delete.Objects.0'],
    ['s3:DeleteObjectVersion', 'arn:aws:s3:::b/b', 'Delete.Objects.1'],
    ['s3:BypassGovernanceRetention', 'arn:aws:s3:::b/b', 'Delete.Objects.1'],
  ]);
  const retention = requestResources('s3', 'PutObjectRetention', { Bucket: 'b', Key: 'k', BypassGovernanceRetention: true }, '1', 'r');
  assert.deepEqual(retention.map((t) => t.action ?? 's3:PutObjectRetention'), ['s3:PutObjectRetention', 's3:BypassGovernanceRetention']);
});
