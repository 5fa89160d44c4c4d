import { defineTable } from '../../store/types.js';
import type { BucketEncryption, BucketLifecycle, BucketNotification, ObjectLockRule } from './model/bucket-configs.js';
import type { CorsRule, Grant, PublicAccessBlock, WebsiteConfiguration } from './model/access-configs.js';
import type { ReplicationConfiguration } from './model/replication-config.js';
import type { LoggingEnabled } from './model/access-logging-config.js';
import type { IntelligentTieringConfig } from './model/intelligent-tiering.js';

export interface Tag {
  Key: string;
  Value: string;
}

/** A bucket; bucket names are one namespace for every account and region, so the table is global. */
export interface BucketRow {
  name: string;
  accountId: string;
  region: string;
  createdMs: number;
  /** Undefined until versioning is first enabled: such a bucket keeps no version rows. */
  versioning?: 'Enabled' | 'Suspended';
  mfaDelete?: 'Enabled' | 'Disabled';
  tags?: Tag[];
  objectLockEnabled?: boolean;
  /** BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter; undefined after DeleteBucketOwnershipControls (ACLs apply). */
  objectOwnership?: string;
  /** PutObjectLockConfiguration's default retention. */
  objectLockRule?: ObjectLockRule;
  lifecycle?: BucketLifecycle;
  notification?: BucketNotification;
  /** PutBucketEncryption's default; undefined means SSE-S3, as every bucket has since 2023. */
  encryption?: BucketEncryption;
  /** The bucket policy's JSON text, as put. */
  policy?: string;
  /** The bucket ACL's grants; undefined means the owner's FULL_CONTROL alone. */
  acl?: Grant[];
  /** Undefined: AWS's default for new buckets (all four on); null: deleted. */
  publicAccessBlock?: PublicAccessBlock | null;
  cors?: CorsRule[];
  website?: WebsiteConfiguration;
  /** PutBucketReplication's configuration (model/replication-config.ts). */
  replication?: ReplicationConfiguration;
  /** PutBucketLogging's target (model/access-logging-config.ts). */
  logging?: LoggingEnabled;
  /** PutBucketIntelligentTieringConfiguration's configurations, by Id order. */
  intelligentTiering?: IntelligentTieringConfig[];
  /** PutBucketAccelerateConfiguration; undefined until first set. */
  accelerate?: 'Enabled' | 'Suspended';
  /** PutBucketRequestPayment: 'Requester' makes other accounts pay (undefined: BucketOwner). */
  requestPayer?: 'Requester';
}

/** The buckets an account owns, for ListBuckets (an account's view of the global table). */
export interface OwnedBucketRow {
  region: string;
  createdMs: number;
}

/** A stored object's bytes: one blob for a PUT, one per part after a multipart upload. */
export interface BlobRef {
  id: string;
  size: number;
}

export interface StoredChecksum {
  algorithm: ChecksumAlgorithm;
  /** Base64, with `-N` for a composite multipart checksum. */
  value: string;
  type: 'FULL_OBJECT' | 'COMPOSITE';
}

export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'SHA1' | 'SHA256' | 'CRC64NVME';

/** Headers S3 stores with an object and returns on GET and HEAD. */
export interface StoredHeaders {
  ContentType?: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  /** Epoch ms. */
  Expires?: number;
  WebsiteRedirectLocation?: string;
}

/** One version of an object (the only one, `null`, in a bucket that never had versioning). */
export interface ObjectRow {
  key: string;
  versionId: string;
  /** Position among the key's versions, newest first (see model/versions.ts). */
  sort: string;
  deleteMarker?: boolean;
  /** Epoch ms, whole seconds (HTTP dates carry no more). */
  lastModifiedMs: number;
  /** Quoted, as S3 sends it. */
  etag: string;
  size: number;
  data: BlobRef[];
  /** Sizes of the parts of a multipart object, for GET ?partNumber=. */
  partSizes?: number[];
  /** The part numbers the upload used, for GetObjectAttributes (objects completed since it was added). */
  partNumbers?: number[];
  /** Each part's checksum (base64) when the upload had an algorithm, in part order. */
  partChecksums?: string[];
  /** INTELLIGENT_TIERING objects archived by a tiering configuration. */
  accessTier?: 'ARCHIVE_ACCESS' | 'DEEP_ARCHIVE_ACCESS';
  headers: StoredHeaders;
  metadata: Record<string, string>;
  checksum?: StoredChecksum;
  storageClass: string;
  ownerAccountId: string;
  tags?: Tag[];
  serverSideEncryption?: string;
  /** RestoreObject of an archived object: until when the restored copy is readable (epoch ms). */
  restore?: { ongoing: boolean; expiryMs?: number; readyMs: number };
  /** SSE-KMS: the key's ARN. */
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
  /** SSE-C: base64 MD5 of the customer's key (the key itself is never kept). */
  customerKeyMd5?: string;
  retention?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; untilMs: number };
  legalHold?: boolean;
  /** The object ACL's grants; undefined means the owner's FULL_CONTROL alone. */
  acl?: Grant[];
  /** x-amz-replication-status: PENDING/COMPLETED/FAILED on a source version, REPLICA on a replica. */
  replicationStatus?: 'PENDING' | 'COMPLETED' | 'FAILED' | 'REPLICA';
}

export interface UploadRow {
  uploadId: string;
  bucket: string;
  key: string;
  initiatedMs: number;
  ownerAccountId: string;
  headers: StoredHeaders;
  metadata: Record<string, string>;
  storageClass: string;
  checksumAlgorithm?: ChecksumAlgorithm;
  checksumType?: 'FULL_OBJECT' | 'COMPOSITE';
  tags?: Tag[];
  serverSideEncryption?: string;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
  customerKeyMd5?: string;
  retention?: ObjectRow['retention'];
  legalHold?: boolean;
  /** The ACL CreateMultipartUpload named (`x-amz-acl`, `x-amz-grant-*`), for the completed object. */
  acl?: Grant[];
}

export interface PartRow {
  partNumber: number;
  etag: string;
  size: number;
  lastModifiedMs: number;
  blob: BlobRef;
  checksum?: string;
}

export const bucketsTable = defineTable<BucketRow>({ service: 's3', name: 'buckets', scope: 'global' });
export const ownedBucketsTable = defineTable<OwnedBucketRow>({ service: 's3', name: 'owned-buckets', scope: 'account' });
/** The current version of each object that has one: `<bucket>/<key>`. Listing is a range scan here. */
export const objectsTable = defineTable<ObjectRow>({ service: 's3', name: 'objects', scope: 'global' });
/** Every version and delete marker of buckets that have had versioning: `<bucket>/<key>\u0001<sort>`. */
export const versionsTable = defineTable<ObjectRow>({ service: 's3', name: 'versions', scope: 'global' });
/** Multipart uploads in progress: `<bucket>/<key>\u0001<uploadId>`. */
export const uploadsTable = defineTable<UploadRow>({ service: 's3', name: 'uploads', scope: 'global' });
/** Uploaded parts: `<uploadId>/<part number, 5 digits>`. */
export const partsTable = defineTable<PartRow>({ service: 's3', name: 'parts', scope: 'global' });

/** Restores in progress or restored copies still alive, for the worker: `<bucket>/<key>\u0001<versionId>`. */
export const restoresTable = defineTable<RestoreRow>({ service: 's3', name: 'restores', scope: 'global' });

export interface RestoreRow {
  bucket: string;
  key: string;
  versionId: string;
  readyMs: number;
  expiryMs: number;
  /** ObjectRestore:Completed has been sent. */
  completed?: boolean;
}

/** When an INTELLIGENT_TIERING version was last read (GET), for its tiering timer: `<bucket>/<key>\u0001<versionId>`. */
export const tieringAccessTable = defineTable<{ lastAccessMs: number }>({ service: 's3', name: 'tiering-access', scope: 'global' });

export const objectKey = (bucket: string, key: string) => `${bucket}/${key}`;
export const VERSION_SEPARATOR = '\u0001';
export const versionPrefix = (bucket: string, key: string) => `${bucket}/${key}${VERSION_SEPARATOR}`;
export const uploadKey = (bucket: string, key: string, uploadId: string) => `${bucket}/${key}${VERSION_SEPARATOR}${uploadId}`;
export const partKey = (uploadId: string, partNumber: number) => `${uploadId}/${String(partNumber).padStart(5, '0')}`;
