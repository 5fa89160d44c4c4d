import { Readable } from 'node:stream';
import type { OperationContext } from '../../define-service.js';
import { readZipEntries } from '../../../engine/lambda-runtime/index.js';
import { isAwsError } from '../../../shared/aws-error.js';
import type { StagedBlob } from '../../../store/types.js';
import { invalidParameterValue, requestTooLarge } from '../errors.js';

export interface FunctionCodeInput {
  ZipFile?: Uint8Array;
  S3Bucket?: string;
  S3Key?: string;
  S3ObjectVersion?: string;
  ImageUri?: string;
}

const MAX_ZIP_BYTES = 50 * 1024 * 1024;
const MAX_UNZIPPED_BYTES = 262_144_000;

/**
 * Stages a function's zip in the blob store (the caller commits it with the row) after
 * checking it is a readable archive within Lambda's size limits. The zip comes inline or
 * from S3 through Kumo's own S3 service.
 */
export async function stageFunctionCode(ctx: OperationContext, code: FunctionCodeInput): Promise<StagedBlob> {
  const zip = code.ZipFile !== undefined ? Buffer.from(code.ZipFile) : await fromS3(ctx, code);
  if (zip.length > MAX_ZIP_BYTES) {
    throw requestTooLarge(`Request must be smaller than ${MAX_ZIP_BYTES} bytes for the ${ctx.operation} operation`);
  }
  let unzipped = 0;
  try {
    unzipped = readZipEntries(zip).reduce((sum, entry) => sum + entry.size, 0);
  } catch {
    throw invalidParameterValue('Could not unzip uploaded file. Please check your file, then try to upload again.');
  }
  if (unzipped > MAX_UNZIPPED_BYTES) throw invalidParameterValue(`Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);
  return ctx.store.blobs.stage(zip);
}

async function fromS3(ctx: OperationContext, code: FunctionCodeInput): Promise<Buffer> {
  if (code.S3Bucket === undefined || code.S3Key === undefined) {
    throw invalidParameterValue('Please provide a source for function code: ZipFile, or S3Bucket and S3Key.');
  }
  let output: { Body?: unknown };
  try {
    output = await ctx.aws.call('s3', 'GetObject', { Bucket: code.S3Bucket, Key: code.S3Key, ...(code.S3ObjectVersion ? { VersionId: code.S3ObjectVersion } : {}) }, ctx);
  } catch (error) {
    if (isAwsError(error) && error.code === 'NotImplemented') throw invalidParameterValue('Kumo cannot read function code from S3: the s3 service is not running.');
    if (isAwsError(error)) {
      throw invalidParameterValue(`Error occurred while GetObject. S3 Error Code: ${error.code}. S3 Error Message: ${error.message}`);
    }
    throw error;
  }
  return readBody(output.Body);
}

async function readBody(body: unknown): Promise<Buffer> {
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return Buffer.alloc(0);
}
