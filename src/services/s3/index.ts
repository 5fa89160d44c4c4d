import { defineService } from '../define-service.js';
import { registerResourcePolicyProvider } from '../../policy/index.js';
import { s3ResourcePolicy, withAccessControl } from './model/access.js';
import { registerConditionKeyProvider } from '../../policy/index.js';
import { s3ConditionKeys } from './model/condition-keys.js';
import { postObject } from './operations/post-object.js';
import { deleteObjectTagging } from './operations/delete-object-tagging.js';
import { getObjectTagging } from './operations/get-object-tagging.js';
import { putObjectTagging } from './operations/put-object-tagging.js';
import { claimWebsiteRequest } from './model/website-endpoint.js';
import { deleteBucketWebsite } from './operations/delete-bucket-website.js';
import { getBucketWebsite } from './operations/get-bucket-website.js';
import { putBucketWebsite } from './operations/put-bucket-website.js';
import { deleteBucketCors } from './operations/delete-bucket-cors.js';
import { getBucketCors } from './operations/get-bucket-cors.js';
import { putBucketCors } from './operations/put-bucket-cors.js';
import { deleteBucketOwnershipControls } from './operations/delete-bucket-ownership-controls.js';
import { deleteBucketPolicy } from './operations/delete-bucket-policy.js';
import { deletePublicAccessBlock } from './operations/delete-public-access-block.js';
import { getBucketAcl } from './operations/get-bucket-acl.js';
import { getBucketOwnershipControls } from './operations/get-bucket-ownership-controls.js';
import { getBucketPolicy } from './operations/get-bucket-policy.js';
import { getBucketPolicyStatus } from './operations/get-bucket-policy-status.js';
import { getObjectAcl } from './operations/get-object-acl.js';
import { getPublicAccessBlock } from './operations/get-public-access-block.js';
import { putBucketAcl } from './operations/put-bucket-acl.js';
import { putBucketOwnershipControls } from './operations/put-bucket-ownership-controls.js';
import { putBucketPolicy } from './operations/put-bucket-policy.js';
import { putObjectAcl } from './operations/put-object-acl.js';
import { putPublicAccessBlock } from './operations/put-public-access-block.js';
import { abortMultipartUpload } from './operations/abort-multipart-upload.js';
import { completeMultipartUpload } from './operations/complete-multipart-upload.js';
import { copyObject } from './operations/copy-object.js';
import { createBucket } from './operations/create-bucket.js';
import { createMultipartUpload } from './operations/create-multipart-upload.js';
import { deleteBucket } from './operations/delete-bucket.js';
import { deleteBucketTagging } from './operations/delete-bucket-tagging.js';
import { deleteObject } from './operations/delete-object.js';
import { deleteObjects } from './operations/delete-objects.js';
import { getBucketLocation } from './operations/get-bucket-location.js';
import { getBucketTagging } from './operations/get-bucket-tagging.js';
import { getBucketVersioning } from './operations/get-bucket-versioning.js';
import { getObject } from './operations/get-object.js';
import { headBucket } from './operations/head-bucket.js';
import { headObject } from './operations/head-object.js';
import { listBuckets } from './operations/list-buckets.js';
import { listMultipartUploads } from './operations/list-multipart-uploads.js';
import { listObjectVersions } from './operations/list-object-versions.js';
import { listObjects } from './operations/list-objects.js';
import { listObjectsV2 } from './operations/list-objects-v2.js';
import { listParts } from './operations/list-parts.js';
import { putBucketTagging } from './operations/put-bucket-tagging.js';
import { putBucketVersioning } from './operations/put-bucket-versioning.js';
import { putObject } from './operations/put-object.js';
import { uploadPart } from './operations/upload-part.js';
import { uploadPartCopy } from './operations/upload-part-copy.js';
import { restoreObject } from './operations/restore-object.js';
import { putBucketLifecycleConfiguration } from './operations/put-bucket-lifecycle-configuration.js';
import { getBucketLifecycleConfiguration } from './operations/get-bucket-lifecycle-configuration.js';
import { deleteBucketLifecycle } from './operations/delete-bucket-lifecycle.js';
import { startS3Workers, stopS3Workers } from './workers.js';
import { putBucketReplication } from './operations/put-bucket-replication.js';
import { getBucketReplication } from './operations/get-bucket-replication.js';
import { deleteBucketReplication } from './operations/delete-bucket-replication.js';
import { withAccessLogging } from './model/access-log-records.js';
import { putBucketLogging } from './operations/put-bucket-logging.js';
import { getBucketLogging } from './operations/get-bucket-logging.js';
import { putBucketInventoryConfiguration } from './operations/put-bucket-inventory-configuration.js';
import { getBucketInventoryConfiguration } from './operations/get-bucket-inventory-configuration.js';
import { deleteBucketInventoryConfiguration } from './operations/delete-bucket-inventory-configuration.js';
import { listBucketInventoryConfigurations } from './operations/list-bucket-inventory-configurations.js';
import { putBucketMetricsConfiguration } from './operations/put-bucket-metrics-configuration.js';
import { getBucketMetricsConfiguration } from './operations/get-bucket-metrics-configuration.js';
import { deleteBucketMetricsConfiguration } from './operations/delete-bucket-metrics-configuration.js';
import { listBucketMetricsConfigurations } from './operations/list-bucket-metrics-configurations.js';
import { putBucketAnalyticsConfiguration } from './operations/put-bucket-analytics-configuration.js';
import { getBucketAnalyticsConfiguration } from './operations/get-bucket-analytics-configuration.js';
import { deleteBucketAnalyticsConfiguration } from './operations/delete-bucket-analytics-configuration.js';
import { listBucketAnalyticsConfigurations } from './operations/list-bucket-analytics-configurations.js';
import { putBucketNotificationConfiguration } from './operations/put-bucket-notification-configuration.js';
import { getBucketNotificationConfiguration } from './operations/get-bucket-notification-configuration.js';
import { putBucketEncryption } from './operations/put-bucket-encryption.js';
import { getBucketEncryption } from './operations/get-bucket-encryption.js';
import { deleteBucketEncryption } from './operations/delete-bucket-encryption.js';
import { putObjectLockConfiguration } from './operations/put-object-lock-configuration.js';
import { getObjectLockConfiguration } from './operations/get-object-lock-configuration.js';
import { putObjectRetention } from './operations/put-object-retention.js';
import { getObjectRetention } from './operations/get-object-retention.js';
import { putObjectLegalHold } from './operations/put-object-legal-hold.js';
import { getObjectLegalHold } from './operations/get-object-legal-hold.js';
import { getObjectAttributes } from './operations/get-object-attributes.js';
import { putBucketIntelligentTieringConfiguration } from './operations/put-bucket-intelligent-tiering-configuration.js';
import { getBucketIntelligentTieringConfiguration } from './operations/get-bucket-intelligent-tiering-configuration.js';
import { deleteBucketIntelligentTieringConfiguration } from './operations/delete-bucket-intelligent-tiering-configuration.js';
import { listBucketIntelligentTieringConfigurations } from './operations/list-bucket-intelligent-tiering-configurations.js';
import { putBucketLifecycle } from './operations/put-bucket-lifecycle.js';
import { getBucketLifecycle } from './operations/get-bucket-lifecycle.js';
import { putBucketNotification } from './operations/put-bucket-notification.js';
import { getBucketNotification } from './operations/get-bucket-notification.js';
import { putBucketAccelerateConfiguration } from './operations/put-bucket-accelerate-configuration.js';
import { getBucketAccelerateConfiguration } from './operations/get-bucket-accelerate-configuration.js';
import { putBucketRequestPayment } from './operations/put-bucket-request-payment.js';
import { getBucketRequestPayment } from './operations/get-bucket-request-payment.js';
import { withRequestPayment } from './model/request-payment.js';

// Bucket policies (and public ACLs, as statements) count in IAM enforcement (KUMO_ENFORCE_IAM=1).
registerResourcePolicyProvider('s3', s3ResourcePolicy);
registerConditionKeyProvider('s3', s3ConditionKeys);

export const s3Service = defineService({
  name: 's3',
  // Requests without credentials get only what is public, whether or not IAM enforcement is on.
  // Each request to a bucket with logging on leaves a server access log record once answered.
  // Requester Pays buckets refuse other accounts that do not accept the charge.
  operations: withAccessLogging(withRequestPayment(withAccessControl({
    // Browser uploads (presigned POST forms)
    PostObject: postObject,
    // Object tagging
    DeleteObjectTagging: deleteObjectTagging,
    GetObjectTagging: getObjectTagging,
    PutObjectTagging: putObjectTagging,
    // Static website hosting (served by claimWebsiteRequest)
    DeleteBucketWebsite: deleteBucketWebsite,
    GetBucketWebsite: getBucketWebsite,
    PutBucketWebsite: putBucketWebsite,
    // CORS
    DeleteBucketCors: deleteBucketCors,
    GetBucketCors: getBucketCors,
    PutBucketCors: putBucketCors,
    // Access control
    DeleteBucketOwnershipControls: deleteBucketOwnershipControls,
    DeleteBucketPolicy: deleteBucketPolicy,
    DeletePublicAccessBlock: deletePublicAccessBlock,
    GetBucketAcl: getBucketAcl,
    GetBucketOwnershipControls: getBucketOwnershipControls,
    GetBucketPolicy: getBucketPolicy,
    GetBucketPolicyStatus: getBucketPolicyStatus,
    GetObjectAcl: getObjectAcl,
    GetPublicAccessBlock: getPublicAccessBlock,
    PutBucketAcl: putBucketAcl,
    PutBucketOwnershipControls: putBucketOwnershipControls,
    PutBucketPolicy: putBucketPolicy,
    PutObjectAcl: putObjectAcl,
    PutPublicAccessBlock: putPublicAccessBlock,
    AbortMultipartUpload: abortMultipartUpload,
    CompleteMultipartUpload: completeMultipartUpload,
    CopyObject: copyObject,
    CreateBucket: createBucket,
    CreateMultipartUpload: createMultipartUpload,
    DeleteBucket: deleteBucket,
    DeleteBucketTagging: deleteBucketTagging,
    DeleteObject: deleteObject,
    DeleteObjects: deleteObjects,
    GetBucketLocation: getBucketLocation,
    GetBucketTagging: getBucketTagging,
    GetBucketVersioning: getBucketVersioning,
    GetObject: getObject,
    HeadBucket: headBucket,
    HeadObject: headObject,
    ListBuckets: listBuckets,
    ListMultipartUploads: listMultipartUploads,
    ListObjectVersions: listObjectVersions,
    ListObjects: listObjects,
    ListObjectsV2: listObjectsV2,
    ListParts: listParts,
    PutBucketTagging: putBucketTagging,
    PutBucketVersioning: putBucketVersioning,
    PutObject: putObject,
    UploadPart: uploadPart,
    UploadPartCopy: uploadPartCopy,
    RestoreObject: restoreObject,
    PutBucketLifecycleConfiguration: putBucketLifecycleConfiguration,
    GetBucketLifecycleConfiguration: getBucketLifecycleConfiguration,
    DeleteBucketLifecycle: deleteBucketLifecycle,
    PutBucketNotificationConfiguration: putBucketNotificationConfiguration,
    GetBucketNotificationConfiguration: getBucketNotificationConfiguration,
    PutBucketEncryption: putBucketEncryption,
    GetBucketEncryption: getBucketEncryption,
    DeleteBucketEncryption: deleteBucketEncryption,
    PutObjectLockConfiguration: putObjectLockConfiguration,
    GetObjectLockConfiguration: getObjectLockConfiguration,
    PutObjectRetention: putObjectRetention,
    GetObjectRetention: getObjectRetention,
    PutObjectLegalHold: putObjectLegalHold,
    GetObjectLegalHold: getObjectLegalHold,
    // Object attributes, Intelligent-Tiering archive configurations, the 2006 lifecycle and
    // notification operations, Transfer Acceleration and Requester Pays
    GetObjectAttributes: getObjectAttributes,
    PutBucketIntelligentTieringConfiguration: putBucketIntelligentTieringConfiguration,
    GetBucketIntelligentTieringConfiguration: getBucketIntelligentTieringConfiguration,
    DeleteBucketIntelligentTieringConfiguration: deleteBucketIntelligentTieringConfiguration,
    ListBucketIntelligentTieringConfigurations: listBucketIntelligentTieringConfigurations,
    PutBucketLifecycle: putBucketLifecycle,
    GetBucketLifecycle: getBucketLifecycle,
    PutBucketNotification: putBucketNotification,
    GetBucketNotification: getBucketNotification,
    PutBucketAccelerateConfiguration: putBucketAccelerateConfiguration,
    GetBucketAccelerateConfiguration: getBucketAccelerateConfiguration,
    PutBucketRequestPayment: putBucketRequestPayment,
    GetBucketRequestPayment: getBucketRequestPayment,
    // Replication (model/replication-run.ts copies new versions in the background)
    PutBucketReplication: putBucketReplication,
    GetBucketReplication: getBucketReplication,
    DeleteBucketReplication: deleteBucketReplication,
    // Server access logging (records delivered by deliveries.ts)
    PutBucketLogging: putBucketLogging,
    GetBucketLogging: getBucketLogging,
    // Inventory, metrics and analytics configurations (model/config-sets.ts)
    PutBucketInventoryConfiguration: putBucketInventoryConfiguration,
    GetBucketInventoryConfiguration: getBucketInventoryConfiguration,
    DeleteBucketInventoryConfiguration: deleteBucketInventoryConfiguration,
    ListBucketInventoryConfigurations: listBucketInventoryConfigurations,
    PutBucketMetricsConfiguration: putBucketMetricsConfiguration,
    GetBucketMetricsConfiguration: getBucketMetricsConfiguration,
    DeleteBucketMetricsConfiguration: deleteBucketMetricsConfiguration,
    ListBucketMetricsConfigurations: listBucketMetricsConfigurations,
    PutBucketAnalyticsConfiguration: putBucketAnalyticsConfiguration,
    GetBucketAnalyticsConfiguration: getBucketAnalyticsConfiguration,
    DeleteBucketAnalyticsConfiguration: deleteBucketAnalyticsConfiguration,
    ListBucketAnalyticsConfigurations: listBucketAnalyticsConfigurations,
  }))),
  // Website endpoints: <bucket>.s3-website[.-]<region>.<host> and /_kumo/s3-website/<bucket>/.
  claimRequest: claimWebsiteRequest,
  // Restores completing and lifecycle rules run on Kumo's clock (see workers.ts).
  lifecycle: { start: startS3Workers, stop: stopS3Workers },
});
