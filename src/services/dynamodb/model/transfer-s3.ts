import { Readable } from 'node:stream';
import { isAwsError } from '../../../shared/aws-error.js';
import type { JobContext } from './job-runtime.js';

/** Why an export or import could not use its bucket, as DescribeExport/DescribeImport report it. */
export interface S3Failure {
  code: string;
  message: string;
}

/** Thrown by the helpers below so a job can end FAILED with DynamoDB's S3 failure codes. */
export class S3TransferError extends Error {
  constructor(readonly failure: S3Failure) {
    super(failure.message);
  }
}

function failureOf(error: unknown, bucket: string): S3Failure {
  if (!isAwsError(error)) throw error;
  if (error.code === 'NoSuchBucket' || error.code === 'NotFound') return { code: 'S3NoSuchBucket', message: `The specified bucket does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket): ${bucket}` };
  if (error.code === 'AccessDenied' || error.code === 'Forbidden') return { code: 'S3AccessDenied', message: `Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied): ${bucket}` };
  if (error.code === 'NotImplemented') return { code: 'S3NoSuchBucket', message: 'The specified bucket does not exist: the s3 service is not running in this Kumo' };
  return { code: error.code, message: error.message };
}

async function call<O>(job: JobContext, operation: string, input: Record<string, unknown>, bucket: string): Promise<O> {
  try {
    return await job.aws.call<O>('s3', operation, input, { accountId: job.accountId, region: job.region });
  } catch (error) {
    throw new S3TransferError(failureOf(error, bucket));
  }
}

/** The bucket exists and, when an owner is named, belongs to that account. */
export async function checkBucket(job: JobContext, bucket: string, owner: string | undefined): Promise<void> {
  await call(job, 'HeadBucket', { Bucket: bucket, ...(owner !== undefined ? { ExpectedBucketOwner: owner } : {}) }, bucket);
}

/** Writes one object; answers its ETag without quotes. */
export async function putObject(job: JobContext, bucket: string, key: string, body: Buffer, contentType: string): Promise<string> {
  const out = await call<{ ETag?: string }>(job, 'PutObject', { Bucket: bucket, Key: key, Body: body, ContentType: contentType }, bucket);
  return (out.ETag ?? '').replace(/"/g, '');
}

/** Every key under a prefix, in key order. */
export async function listKeys(job: JobContext, bucket: string, prefix: string): Promise<Array<{ key: string; size: number }>> {
  const keys: Array<{ key: string; size: number }> = [];
  let token: string | undefined;
  do {
    const page = await call<{ Contents?: Array<{ Key: string; Size?: number }>; NextContinuationToken?: string }>(
      job,
      'ListObjectsV2',
      { Bucket: bucket, Prefix: prefix, ...(token !== undefined ? { ContinuationToken: token } : {}) },
      bucket,
    );
    for (const object of page.Contents ?? []) keys.push({ key: object.Key, size: object.Size ?? 0 });
    token = page.NextContinuationToken;
  } while (token !== undefined);
  return keys;
}

export async function getObjectBytes(job: JobContext, bucket: string, key: string): Promise<Buffer> {
  const out = await call<{ Body?: unknown }>(job, 'GetObject', { Bucket: bucket, Key: key }, bucket);
  const body = out.Body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return Buffer.alloc(0);
}
