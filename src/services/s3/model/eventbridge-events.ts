import type { BucketRow } from '../store.js';
import type { EventOrigin, ObjectEvent } from './notifications.js';

/** S3's EventBridge detail-types, by S3 event name (https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html). */
function detailType(name: string): string | undefined {
  if (name.startsWith('ObjectCreated:')) return 'Object Created';
  if (name.startsWith('ObjectRemoved:') || name.startsWith('LifecycleExpiration:')) return 'Object Deleted';
  const types: Record<string, string> = {
    'ObjectRestore:Post': 'Object Restore Initiated',
    'ObjectRestore:Completed': 'Object Restore Completed',
    'ObjectRestore:Delete': 'Object Restore Expired',
    'ObjectTagging:Put': 'Object Tags Added',
    'ObjectTagging:Delete': 'Object Tags Deleted',
    'ObjectAcl:Put': 'Object ACL Updated',
    LifecycleTransition: 'Object Storage Class Changed',
    IntelligentTiering: 'Object Access Tier Changed',
  };
  return types[name];
}

const CREATED_REASONS: Record<string, string> = {
  'ObjectCreated:Put': 'PutObject',
  'ObjectCreated:Post': 'POST Object',
  'ObjectCreated:Copy': 'CopyObject',
  'ObjectCreated:CompleteMultipartUpload': 'CompleteMultipartUpload',
};

/**
 * Sends an object event to the default bus of the bucket's account and region, in the shape
 * of https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html. Without a running
 * EventBridge the internal call fails and nothing is sent.
 */
export async function sendToEventBridge(origin: EventOrigin, bucket: BucketRow, event: ObjectEvent, sequencer: string): Promise<void> {
  const type = detailType(event.name);
  if (!type) return;
  const byS3 = origin.principalId === 's3.amazonaws.com';
  const row = event.row;
  const etag = row?.etag.replace(/"/g, '') ?? '';
  const versionId = row && row.versionId !== 'null' && bucket.versioning !== undefined ? { 'version-id': row.versionId } : {};
  const object: Record<string, unknown> = { key: event.key };
  // Fields of one detail-type only; they follow the common ones, as in AWS's examples.
  const detail: Record<string, unknown> = {};
  const scope = { accountId: bucket.accountId, region: bucket.region };
  switch (type) {
    case 'Object Created':
      Object.assign(object, { size: row?.size ?? 0, etag, ...versionId, sequencer });
      detail.reason = CREATED_REASONS[event.name];
      break;
    case 'Object Deleted':
      Object.assign(object, { ...versionId, sequencer });
      detail.reason = event.name.startsWith('Lifecycle') ? 'Lifecycle Expiration' : 'DeleteObject';
      detail['deletion-type'] = event.name.endsWith('DeleteMarkerCreated') ? 'Delete Marker Created' : 'Permanently Deleted';
      break;
    case 'Object Restore Initiated':
    case 'Object Restore Completed':
      Object.assign(object, { size: row?.size ?? 0, etag, ...versionId });
      if (event.restore?.expiryMs !== undefined) detail['restore-expiry-time'] = new Date(event.restore.expiryMs).toISOString();
      detail['source-storage-class'] = event.restore?.storageClass;
      break;
    case 'Object Access Tier Changed':
      Object.assign(object, { size: row?.size ?? 0, etag, ...versionId });
      detail['destination-access-tier'] = event.tiering?.destinationAccessTier;
      break;
    case 'Object Restore Expired':
      Object.assign(object, versionId);
      break;
    case 'Object Storage Class Changed': {
      Object.assign(object, { size: row?.size ?? 0, etag, ...versionId });
      // The event carries the object as it was: the class it moved to is on the object now.
      const head = await origin.aws.call<{ StorageClass?: string }>('s3', 'HeadObject', { Bucket: bucket.name, Key: event.key, ...(versionId['version-id'] ? { VersionId: versionId['version-id'] } : {}) }, scope).catch(() => ({ StorageClass: undefined }));
      detail['destination-storage-class'] = head.StorageClass ?? 'STANDARD';
      break;
    }
    default:
      Object.assign(object, { etag, ...versionId });
  }
  const common: Record<string, unknown> = {
    version: '0',
    bucket: { name: bucket.name },
    object,
    'request-id': origin.requestId,
    requester: byS3 ? 's3.amazonaws.com' : origin.requesterAccount ?? origin.principalId.replace(/^AWS:/, ''),
    ...(byS3 ? {} : { 'source-ip-address': origin.sourceIp }),
  };
  // Kumo's own services may publish aws.* sources; clients cannot (see EventBridge's PutEvents).
  await origin.aws.call('eventbridge', 'PutEvents', {
    Entries: [{ Source: 'aws.s3', DetailType: type, Detail: JSON.stringify({ ...common, ...detail }), Resources: [`arn:aws:s3:::${bucket.name}`], Time: new Date(origin.nowMs) }],
    KumoTrustedSource: true,
  }, scope);
}
