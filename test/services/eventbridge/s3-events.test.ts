import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateBucketCommand, DeleteObjectCommand, PutBucketNotificationConfigurationCommand, PutBucketVersioningCommand, PutObjectCommand, PutObjectTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { ACCOUNT, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('S3 event notifications to EventBridge', () => {
  let k: EventsKumo;
  let s3: S3Client;
  let queue: { url: string; arn: string };
  before(async () => {
    k = await startEventsKumo(['s3']);
    s3 = new S3Client({ ...k.kumo.clientConfig, forcePathStyle: true });
    queue = await k.queue('s3-events');
    await k.events.send(new PutRuleCommand({ Name: 's3', EventPattern: JSON.stringify({ source: ['aws.s3'], detail: { bucket: { name: ['photos'] } } }) }));
    await k.events.send(new PutTargetsCommand({ Rule: 's3', Targets: [{ Id: 'q', Arn: queue.arn }] }));
    await s3.send(new CreateBucketCommand({ Bucket: 'photos' }));
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: 'photos', NotificationConfiguration: { EventBridgeConfiguration: {} } }));
  });
  after(() => k.kumo.stop());

  const next = async () => {
    const [message] = await k.receive(queue.url, 2, 1);
    assert.ok(message, 'an event arrived');
    return JSON.parse(message.Body!) as Record<string, unknown> & { detail: Record<string, unknown> };
  };

  test('PutObject sends "Object Created" to the default bus in AWS\'s shape', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'cats/tom 1.jpg', Body: 'hello' }));
    const event = await next();
    assert.deepEqual({ ...event, id: '', time: '', detail: {} }, {
      version: '0', id: '', 'detail-type': 'Object Created', source: 'aws.s3', account: ACCOUNT, time: '', region: REGION, resources: ['arn:aws:s3:::photos'], detail: {},
    });
    const { detail } = event;
    assert.deepEqual(Object.keys(detail), ['version', 'bucket', 'object', 'request-id', 'requester', 'source-ip-address', 'reason']);
    assert.equal(detail.version, '0');
    assert.deepEqual(detail.bucket, { name: 'photos' });
    const object = detail.object as Record<string, unknown>;
    assert.deepEqual([object.key, object.size, object.etag], ['cats/tom 1.jpg', 5, put.ETag!.replace(/"/g, '')]);
    assert.match(object.sequencer as string, /^[0-9A-F]{16}$/);
    assert.equal(object['version-id'], undefined, 'unversioned bucket');
    assert.equal(detail.reason, 'PutObject');
    assert.equal(detail.requester, ACCOUNT);
    assert.equal(typeof detail['request-id'], 'string');
    assert.equal(typeof detail['source-ip-address'], 'string');
  });

  test('tagging and deleting send "Object Tags Added" and "Object Deleted" with the version and deletion type', async () => {
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'photos', VersioningConfiguration: { Status: 'Enabled' } }));
    const put = await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'v.txt', Body: 'v1' }));
    const created = await next();
    assert.equal((created.detail.object as Record<string, unknown>)['version-id'], put.VersionId);
    await s3.send(new PutObjectTaggingCommand({ Bucket: 'photos', Key: 'v.txt', Tagging: { TagSet: [{ Key: 'a', Value: 'b' }] } }));
    const tagged = await next();
    assert.equal(tagged['detail-type'], 'Object Tags Added');
    assert.deepEqual(Object.keys(tagged.detail.object as object), ['key', 'etag', 'version-id']);
    await s3.send(new DeleteObjectCommand({ Bucket: 'photos', Key: 'v.txt' }));
    const deleted = await next();
    assert.equal(deleted['detail-type'], 'Object Deleted');
    assert.equal(deleted.detail.reason, 'DeleteObject');
    assert.equal(deleted.detail['deletion-type'], 'Delete Marker Created');
    await s3.send(new DeleteObjectCommand({ Bucket: 'photos', Key: 'v.txt', VersionId: put.VersionId }));
    const permanent = await next();
    assert.equal(permanent.detail['deletion-type'], 'Permanently Deleted');
  });

  test('buckets without EventBridgeConfiguration send nothing', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'quiet' }));
    await k.events.send(new PutRuleCommand({ Name: 's3', EventPattern: JSON.stringify({ source: ['aws.s3'] }) }));
    await s3.send(new PutObjectCommand({ Bucket: 'quiet', Key: 'k', Body: 'x' }));
    assert.deepEqual(await k.receive(queue.url, 1), []);
  });
});
