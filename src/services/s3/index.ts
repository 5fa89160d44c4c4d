import { defineService } from '../define-service.js';
import { createBucket } from './operations/create-bucket.js';
import { deleteBucket } from './operations/delete-bucket.js';
import { deleteBucketTagging } from './operations/delete-bucket-tagging.js';
import { deleteObject } from './operations/delete-object.js';
import { deleteObjects } from './operations/delete-objects.js';
import { getBucketLocation } from './operations/get-bucket-location.js';
import { getBucketTagging } from './operations/get-bucket-tagging.js';
import { getObject } from './operations/get-object.js';
import { headBucket } from './operations/head-bucket.js';
import { headObject } from './operations/head-object.js';
import { listBuckets } from './operations/list-buckets.js';
import { putBucketTagging } from './operations/put-bucket-tagging.js';
import { putObject } from './operations/put-object.js';


export const s3Service = defineService({
  name: 's3',
  operations: {
    CreateBucket: createBucket,
    DeleteBucket: deleteBucket,
    DeleteBucketTagging: deleteBucketTagging,
    DeleteObject: deleteObject,
    DeleteObjects: deleteObjects,
    GetBucketLocation: getBucketLocation,
    GetBucketTagging: getBucketTagging,
    GetObject: getObject,
    HeadBucket: headBucket,
    HeadObject: headObject,
    ListBuckets: listBuckets,
    PutBucketTagging: putBucketTagging,
    PutObject: putObject,
  },
});
