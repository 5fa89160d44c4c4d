/**
 * Which IAM action authorizes each operation. Most are `<prefix>:<Operation>`; this data
 * lists the service prefixes that differ from the signing name and the operations AWS
 * authorizes under another action name. `null` marks operations that need no permission.
 */
export const ACTION_PREFIXES: Readonly<Record<string, string>> = {
  monitoring: 'cloudwatch',
  email: 'ses',
  'cloudwatch-logs': 'logs',
};

export const ACTION_EXCEPTIONS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  s3: {
    ListObjects: 's3:ListBucket',
    ListObjectsV2: 's3:ListBucket',
    HeadBucket: 's3:ListBucket',
    HeadObject: 's3:GetObject',
    ListBuckets: 's3:ListAllMyBuckets',
    ListObjectVersions: 's3:ListBucketVersions',
    ListMultipartUploads: 's3:ListBucketMultipartUploads',
    ListParts: 's3:ListMultipartUploadParts',
    CreateMultipartUpload: 's3:PutObject',
    UploadPart: 's3:PutObject',
    UploadPartCopy: 's3:PutObject',
    CompleteMultipartUpload: 's3:PutObject',
    CopyObject: 's3:PutObject',
    PostObject: 's3:PutObject',
    DeleteObjects: 's3:DeleteObject',
    GetObjectAttributes: 's3:GetObject',
    SelectObjectContent: 's3:GetObject',
    PutBucketCors: 's3:PutBucketCORS',
    GetBucketCors: 's3:GetBucketCORS',
    DeleteBucketCors: 's3:PutBucketCORS',
    PutBucketLifecycleConfiguration: 's3:PutLifecycleConfiguration',
    GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
    DeleteBucketLifecycle: 's3:PutLifecycleConfiguration',
    PutBucketNotificationConfiguration: 's3:PutBucketNotification',
    GetBucketNotificationConfiguration: 's3:GetBucketNotification',
    PutBucketEncryption: 's3:PutEncryptionConfiguration',
    GetBucketEncryption: 's3:GetEncryptionConfiguration',
    DeleteBucketEncryption: 's3:PutEncryptionConfiguration',
    DeleteBucketTagging: 's3:PutBucketTagging',
    PutPublicAccessBlock: 's3:PutBucketPublicAccessBlock',
    GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
    DeletePublicAccessBlock: 's3:PutBucketPublicAccessBlock',
    PutObjectLockConfiguration: 's3:PutBucketObjectLockConfiguration',
    GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
    DeleteBucketOwnershipControls: 's3:PutBucketOwnershipControls',
    PutBucketReplication: 's3:PutReplicationConfiguration',
    GetBucketReplication: 's3:GetReplicationConfiguration',
    DeleteBucketReplication: 's3:PutReplicationConfiguration',
    DeleteBucketWebsite: 's3:DeleteBucketWebsite',
    PutBucketAcl: 's3:PutBucketAcl',
    // The 2006 lifecycle and the configuration families AWS authorizes by configuration, not operation.
    PutBucketLifecycle: 's3:PutLifecycleConfiguration',
    GetBucketLifecycle: 's3:GetLifecycleConfiguration',
    PutBucketAccelerateConfiguration: 's3:PutAccelerateConfiguration',
    GetBucketAccelerateConfiguration: 's3:GetAccelerateConfiguration',
    PutBucketAnalyticsConfiguration: 's3:PutAnalyticsConfiguration',
    GetBucketAnalyticsConfiguration: 's3:GetAnalyticsConfiguration',
    DeleteBucketAnalyticsConfiguration: 's3:PutAnalyticsConfiguration',
    ListBucketAnalyticsConfigurations: 's3:GetAnalyticsConfiguration',
    PutBucketInventoryConfiguration: 's3:PutInventoryConfiguration',
    GetBucketInventoryConfiguration: 's3:GetInventoryConfiguration',
    DeleteBucketInventoryConfiguration: 's3:PutInventoryConfiguration',
    ListBucketInventoryConfigurations: 's3:GetInventoryConfiguration',
    PutBucketMetricsConfiguration: 's3:PutMetricsConfiguration',
    GetBucketMetricsConfiguration: 's3:GetMetricsConfiguration',
    DeleteBucketMetricsConfiguration: 's3:PutMetricsConfiguration',
    ListBucketMetricsConfigurations: 's3:GetMetricsConfiguration',
    PutBucketIntelligentTieringConfiguration: 's3:PutIntelligentTieringConfiguration',
    GetBucketIntelligentTieringConfiguration: 's3:GetIntelligentTieringConfiguration',
    DeleteBucketIntelligentTieringConfiguration: 's3:PutIntelligentTieringConfiguration',
    ListBucketIntelligentTieringConfigurations: 's3:GetIntelligentTieringConfiguration',
  },
  lambda: {
    Invoke: 'lambda:InvokeFunction',
    InvokeWithResponseStream: 'lambda:InvokeFunction',
    GetFunctionConfiguration: 'lambda:GetFunctionConfiguration',
    PublishLayerVersion: 'lambda:PublishLayerVersion',
  },
  sts: {
    GetCallerIdentity: null,
  },
  dynamodb: {
    TransactWriteItems: 'dynamodb:PutItem',
    TransactGetItems: 'dynamodb:GetItem',
  },
};

/**
 * Operations AWS authorizes under another action when the request names a version
 * (`versionId`): "Actions, resources, and condition keys for Amazon S3".
 */
export const VERSIONED_ACTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  s3: {
    GetObject: 's3:GetObjectVersion',
    HeadObject: 's3:GetObjectVersion',
    DeleteObject: 's3:DeleteObjectVersion',
    GetObjectAcl: 's3:GetObjectVersionAcl',
    PutObjectAcl: 's3:PutObjectVersionAcl',
    GetObjectTagging: 's3:GetObjectVersionTagging',
    PutObjectTagging: 's3:PutObjectVersionTagging',
    DeleteObjectTagging: 's3:DeleteObjectVersionTagging',
    GetObjectAttributes: 's3:GetObjectVersion',
  },
};

/**
 * The IAM action for an operation, or null when AWS requires no permission for it. With the
 * request's input, a versioned request takes its version action (`VERSIONED_ACTIONS`).
 */
export function iamActionFor(signingName: string, serviceName: string, operation: string, input?: Readonly<Record<string, unknown>>): string | null {
  const versioned = VERSIONED_ACTIONS[serviceName]?.[operation];
  if (versioned !== undefined && typeof input?.VersionId === 'string' && input.VersionId !== '') return versioned;
  const exceptions = ACTION_EXCEPTIONS[serviceName];
  if (exceptions && operation in exceptions) return exceptions[operation] ?? null;
  const prefix = ACTION_PREFIXES[signingName] ?? ACTION_PREFIXES[serviceName] ?? signingName;
  return `${prefix}:${operation}`;
}
