import { AwsError } from '../../shared/aws-error.js';

/* S3's errors, with the codes, statuses, messages and extra fields AWS sends. */

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', { status: 404, fields: { BucketName: bucket } });

export const noSuchKey = (key: string) => new AwsError('NoSuchKey', 'The specified key does not exist.', { status: 404, fields: { Key: key } });

export const noSuchVersion = (key: string, versionId: string) =>
  new AwsError('NoSuchVersion', 'The specified version does not exist.', { status: 404, fields: { Key: key, VersionId: versionId } });

export const invalidVersionId = (versionId: string) =>
  new AwsError('InvalidArgument', 'Invalid version id specified', { fields: { ArgumentName: 'versionId', ArgumentValue: versionId } });

export const invalidBucketName = (bucket: string) =>
  new AwsError('InvalidBucketName', 'The specified bucket is not valid.', { fields: { BucketName: bucket } });

export const bucketAlreadyExists = (bucket: string) =>
  new AwsError(
    'BucketAlreadyExists',
    'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
    { status: 409, fields: { BucketName: bucket } },
  );

export const bucketAlreadyOwnedByYou = (bucket: string) =>
  new AwsError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', {
    status: 409,
    fields: { BucketName: bucket },
  });

export const bucketNotEmpty = (bucket: string) =>
  new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', { status: 409, fields: { BucketName: bucket } });

export const invalidArgument = (message: string, name?: string, value?: string) =>
  new AwsError('InvalidArgument', message, { fields: name === undefined ? {} : { ArgumentName: name, ArgumentValue: value ?? '' } });

export const invalidRequest = (message: string) => new AwsError('InvalidRequest', message);

export const malformedXml = () =>
  new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');

export const badDigest = () => new AwsError('BadDigest', 'The Content-MD5 you specified did not match what we received.');

export const invalidDigest = (contentMd5: string) =>
  new AwsError('InvalidDigest', 'The Content-MD5 you specified is not valid.', { fields: { 'Content-MD5': contentMd5 } });

export const checksumMismatch = (algorithm: string) =>
  new AwsError('BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`);

export const invalidRange = (range: string, size: number) =>
  new AwsError('InvalidRange', 'The requested range is not satisfiable', {
    status: 416,
    fields: { RangeRequested: range, ActualObjectSize: size },
    headers: { 'content-range': `bytes */${size}` },
  });

export const preconditionFailed = (condition: string) =>
  new AwsError('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', {
    status: 412,
    fields: { Condition: condition },
  });

/** 304 carries no body; Node drops it, and clients read the headers. */
export const notModified = (headers: Record<string, string>) => new AwsError('NotModified', 'Not Modified', { status: 304, headers });

export const noSuchUpload = (uploadId: string) =>
  new AwsError(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    { status: 404, fields: { UploadId: uploadId } },
  );

export const invalidPart = (partNumber: number, etag: string | undefined, uploadId: string) =>
  new AwsError(
    'InvalidPart',
    'One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part\'s entity tag.',
    { fields: { UploadId: uploadId, PartNumber: partNumber, ETag: etag ?? '' } },
  );

export const invalidPartOrder = (uploadId: string) =>
  new AwsError('InvalidPartOrder', 'The list of parts was not in ascending order. Parts must be ordered by part number.', {
    fields: { UploadId: uploadId },
  });

export const entityTooSmall = (size: number, partNumber: number, etag: string) =>
  new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', {
    fields: { ProposedSize: size, MinSizeAllowed: 5_242_880, PartNumber: partNumber, ETag: etag },
  });

export const noSuchTagSet = (bucket: string) =>
  new AwsError('NoSuchTagSet', 'The TagSet does not exist', { status: 404, fields: { BucketName: bucket } });

export const accessDenied = () => new AwsError('AccessDenied', 'Access Denied', { status: 403 });

export const methodNotAllowed = (method: string, resourceType: string) =>
  new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', {
    status: 405,
    fields: { Method: method, ResourceType: resourceType },
  });

export const invalidObjectState = (storageClass: string, accessTier?: string) =>
  new AwsError('InvalidObjectState', "The operation is not valid for the object's storage class", {
    status: 403,
    fields: { StorageClass: storageClass, ...(accessTier ? { AccessTier: accessTier } : {}) },
  });

export const illegalLocationConstraint = (constraint: string, region: string) =>
  new AwsError(
    'IllegalLocationConstraintException',
    constraint === ''
      ? 'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.'
      : `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
    { fields: { LocationConstraint: constraint, Region: region } },
  );

export const invalidLocationConstraint = (constraint: string) =>
  new AwsError('InvalidLocationConstraint', 'The specified location-constraint is not valid', { fields: { LocationConstraint: constraint } });

export const malformedPolicy = (message: string) => new AwsError('MalformedPolicy', message);

export const noSuchBucketPolicy = (bucket: string) =>
  new AwsError('NoSuchBucketPolicy', 'The bucket policy does not exist', { status: 404, fields: { BucketName: bucket } });

export const aclNotSupported = () => new AwsError('AccessControlListNotSupported', 'The bucket does not allow ACLs');

export const noSuchPublicAccessBlock = (bucket: string) =>
  new AwsError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', {
    status: 404,
    fields: { BucketName: bucket },
  });

export const ownershipControlsNotFound = (bucket: string) =>
  new AwsError('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', { status: 404, fields: { BucketName: bucket } });

export const noSuchCorsConfiguration = (bucket: string) =>
  new AwsError('NoSuchCORSConfiguration', 'The CORS configuration does not exist', { status: 404, fields: { BucketName: bucket } });

export const noSuchWebsiteConfiguration = (bucket: string) =>
  new AwsError('NoSuchWebsiteConfiguration', 'The specified bucket does not have a website configuration', {
    status: 404,
    fields: { BucketName: bucket },
  });
