import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { methodNotAllowed, noSuchKey } from '../errors.js';
import type { BucketRow, ObjectRow } from '../store.js';
import { checkReadConditions, type ReadConditions } from './conditions.js';
import { findObject, versionsOf } from './object-versions.js';
import { parseRange, type ByteRange } from './object-data.js';
import { invalidRange } from '../errors.js';

export interface ReadObjectInput extends ReadConditions {
  Bucket: string;
  Key: string;
  VersionId?: string;
  Range?: string;
  PartNumber?: number;
}

export interface ObjectRead {
  row: ObjectRow;
  /** The bytes to send, when not the whole object. */
  range?: ByteRange;
  /** Set when a part was asked for: the object's part count. */
  partsCount?: number;
}

/**
 * What GET and HEAD share: the version, delete-marker answers, preconditions, and the range
 * or part to send.
 */
export function readObject(ctx: OperationContext, bucket: BucketRow, input: ReadObjectInput, method: 'GET' | 'HEAD'): ObjectRead {
  let row: ObjectRow;
  try {
    row = findObject(ctx, bucket, input.Key, input.VersionId);
  } catch (error) {
    if (error instanceof AwsError && error.code === 'NoSuchKey' && bucket.versioning !== undefined) {
      const latest = versionsOf(ctx, bucket, input.Key)[0];
      if (latest?.deleteMarker) throw withHeaders(noSuchKey(input.Key), { 'x-amz-delete-marker': 'true', 'x-amz-version-id': latest.versionId });
    }
    throw error;
  }
  if (row.deleteMarker) {
    throw withHeaders(methodNotAllowed(method, 'DeleteMarker'), {
      'x-amz-delete-marker': 'true',
      'x-amz-version-id': row.versionId,
      'last-modified': new Date(row.lastModifiedMs).toUTCString(),
    });
  }
  checkReadConditions(input, row);
  if (input.PartNumber !== undefined) return readPart(row, input.PartNumber);
  const range = parseRange(input.Range, row.size);
  if (range === 'unsatisfiable') throw invalidRange(input.Range!, row.size);
  return { row, range };
}

function readPart(row: ObjectRow, partNumber: number): ObjectRead {
  const sizes = row.partSizes ?? [row.size];
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) {
    throw new AwsError('InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive', {
      fields: { ArgumentName: 'partNumber', ArgumentValue: String(partNumber) },
    });
  }
  if (partNumber > sizes.length) throw new AwsError('InvalidPartNumber', 'The requested partnumber is not satisfiable', { status: 416, fields: { PartNumberRequested: partNumber, ActualPartCount: sizes.length } });
  const start = sizes.slice(0, partNumber - 1).reduce((a, b) => a + b, 0);
  const size = sizes[partNumber - 1]!;
  return { row, range: size === 0 ? undefined : { start, end: start + size - 1 }, partsCount: sizes.length };
}

function withHeaders(error: AwsError, headers: Record<string, string>): AwsError {
  return new AwsError(error.code, error.message, { status: error.status, fields: error.fields, headers: { ...error.headers, ...headers } });
}
