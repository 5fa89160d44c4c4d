import { randomBytes } from 'node:crypto';
import type { InternalClient } from '../../../internal-client/types.js';
import type { Store } from '../../../store/types.js';
import type { BucketRow, ObjectRow } from '../store.js';
import type { NotificationTarget } from './bucket-configs.js';
import { canonicalId } from './buckets.js';
import { sendToEventBridge } from './eventbridge-events.js';
import { replicateAfterWrite } from './replication-run.js';

/** Who caused an event: a request, or S3 itself (lifecycle, restores). */
export interface EventOrigin {
  aws: InternalClient;
  nowMs: number;
  requestId: string;
  principalId: string;
  sourceIp: string;
  /** Set for requests (not S3's own lifecycle work), so their writes replicate. */
  store?: Store;
  /** The requesting account, which EventBridge events name; absent for S3's own work. */
  requesterAccount?: string;
}

export interface ObjectEvent {
  /** Without the `s3:` prefix: `ObjectCreated:Put`, `LifecycleExpiration:Delete`. */
  name: string;
  key: string;
  row?: Pick<ObjectRow, 'size' | 'etag' | 'versionId'>;
  /** For ObjectRestore:*: when the restored copy expires and the class it came from. */
  restore?: { expiryMs?: number; storageClass: string };
  /** For IntelligentTiering: the archive tier the object moved to. */
  tiering?: { destinationAccessTier: string };
}

let sequence = 0;

/** Whether a configured event (`s3:ObjectCreated:*`) covers an event name (`ObjectCreated:Put`). */
export function eventMatches(configured: string, name: string): boolean {
  const bare = configured.replace(/^s3:/, '');
  if (bare.endsWith(':*')) return name.startsWith(bare.slice(0, -1));
  return bare === name;
}

function targetWants(target: NotificationTarget, event: ObjectEvent): boolean {
  if (!target.events.some((e) => eventMatches(e, event.name))) return false;
  if (target.filter.prefix !== undefined && !event.key.startsWith(target.filter.prefix)) return false;
  if (target.filter.suffix !== undefined && !event.key.endsWith(target.filter.suffix)) return false;
  return true;
}

/**
 * Sends an object event to every matching destination of the bucket, in the background as
 * S3 does (the request does not wait for delivery; a failed delivery is dropped).
 */
export function notifyObjectEvent(origin: EventOrigin, bucket: BucketRow, event: ObjectEvent): void {
  // Every committed write a request makes is announced here: replication starts from it too.
  if (origin.store) replicateAfterWrite(origin.store, bucket, event);
  const targets = bucket.notification?.targets.filter((t) => targetWants(t, event)) ?? [];
  const toEventBridge = bucket.notification?.eventBridge === true;
  if (targets.length === 0 && !toEventBridge) return;
  const seq = (origin.nowMs * 1000 + (sequence++ % 1000)).toString(16).toUpperCase().padStart(16, '0');
  // EventBridge gets every event, whatever the configured targets want.
  if (toEventBridge) void sendToEventBridge(origin, bucket, event, seq).catch(() => undefined);
  if (targets.length === 0) return;
  void (async () => {
    for (const target of targets) {
      const message = JSON.stringify({ Records: [eventRecord(origin, bucket, event, target.id, seq)] });
      await deliver(origin.aws, target, message).catch(() => undefined);
    }
  })();
}

/** One record of S3's event message (https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html). */
function eventRecord(origin: EventOrigin, bucket: BucketRow, event: ObjectEvent, configurationId: string, sequencer: string): Record<string, unknown> {
  const object: Record<string, unknown> = { key: encodeEventKey(event.key) };
  const created = event.name.startsWith('ObjectCreated') || event.name.startsWith('ObjectRestore') || event.name === 'LifecycleTransition' || event.name === 'IntelligentTiering';
  if (event.row && created) {
    object.size = event.row.size;
    object.eTag = event.row.etag.replace(/"/g, '');
  }
  if (event.row && event.row.versionId !== 'null' && bucket.versioning !== undefined) object.versionId = event.row.versionId;
  object.sequencer = sequencer;
  // Lifecycle, restore-expiry and tiering events are version 2.3 in AWS's schema.
  const late = event.name.startsWith('Lifecycle') || event.name === 'ObjectRestore:Delete' || event.name === 'IntelligentTiering';
  const record: Record<string, unknown> = {
    eventVersion: late ? '2.3' : '2.1',
    eventSource: 'aws:s3',
    awsRegion: bucket.region,
    eventTime: new Date(origin.nowMs).toISOString(),
    eventName: event.name,
    userIdentity: { principalId: origin.principalId },
    requestParameters: { sourceIPAddress: origin.sourceIp },
    responseElements: { 'x-amz-request-id': origin.requestId, 'x-amz-id-2': randomBytes(48).toString('base64') },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId,
      bucket: { name: bucket.name, ownerIdentity: { principalId: canonicalId(bucket.accountId) }, arn: `arn:aws:s3:::${bucket.name}` },
      object,
    },
  };
  if (event.restore) {
    record.glacierEventData = {
      restoreEventData: {
        ...(event.restore.expiryMs !== undefined ? { lifecycleRestorationExpiryTime: new Date(event.restore.expiryMs).toISOString() } : {}),
        lifecycleRestoreStorageClass: event.restore.storageClass,
      },
    };
  }
  if (event.tiering) record.intelligentTieringEventData = { destinationAccessTier: event.tiering.destinationAccessTier };
  return record;
}

/** Keys in events are URL-encoded with spaces as `+`, slashes kept. */
function encodeEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** Sends one message to an SQS queue, SNS topic or Lambda function named by ARN, through Kumo's internal client. */
export async function deliver(aws: InternalClient, target: Pick<NotificationTarget, 'kind' | 'arn'>, message: string): Promise<void> {
  const parts = target.arn.split(':');
  const scope = { region: parts[3] ?? '', accountId: parts[4] ?? '' };
  if (target.kind === 'queue') {
    const { QueueUrl } = await aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: parts[5], QueueOwnerAWSAccountId: scope.accountId }, scope);
    await aws.call('sqs', 'SendMessage', { QueueUrl, MessageBody: message }, scope);
  } else if (target.kind === 'topic') {
    await aws.call('sns', 'Publish', { TopicArn: target.arn, Message: message, Subject: 'Amazon S3 Notification' }, scope);
  } else {
    await aws.call('lambda', 'Invoke', { FunctionName: target.arn, InvocationType: 'Event', Payload: Buffer.from(message) }, scope);
  }
}

/** The request's side of an event. */
export function originOf(ctx: { aws: InternalClient; clock: { now(): number }; requestId: string; caller: { userId: string; accountId?: string }; sourceIp: string; store?: Store }): EventOrigin {
  return { aws: ctx.aws, nowMs: ctx.clock.now(), requestId: ctx.requestId, principalId: `AWS:${ctx.caller.userId}`, sourceIp: ctx.sourceIp, store: ctx.store, requesterAccount: ctx.caller.accountId };
}
