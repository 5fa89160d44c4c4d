import { notModified, preconditionFailed } from '../errors.js';
import type { ObjectRow } from '../store.js';
import { etagMatches } from './etags.js';

export interface ReadConditions {
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
}

/**
 * GET and HEAD preconditions in S3's order: If-Match wins over If-Unmodified-Since (412),
 * If-None-Match over If-Modified-Since (304). Dates compare in whole seconds.
 */
export function checkReadConditions(conditions: ReadConditions, row: ObjectRow): void {
  const modified = Math.floor(row.lastModifiedMs / 1000);
  if (conditions.IfMatch !== undefined) {
    if (!etagMatches(conditions.IfMatch, row.etag)) throw preconditionFailed('If-Match');
  } else if (conditions.IfUnmodifiedSince && modified > Math.floor(conditions.IfUnmodifiedSince.getTime() / 1000)) {
    throw preconditionFailed('If-Unmodified-Since');
  }
  const headers = { etag: row.etag, 'last-modified': new Date(row.lastModifiedMs).toUTCString() };
  if (conditions.IfNoneMatch !== undefined) {
    if (etagMatches(conditions.IfNoneMatch, row.etag)) throw notModified(headers);
  } else if (conditions.IfModifiedSince && modified <= Math.floor(conditions.IfModifiedSince.getTime() / 1000)) {
    throw notModified(headers);
  }
}

/** CopyObject's x-amz-copy-source-if-* conditions: every failure is a 412. */
export function checkCopyConditions(conditions: ReadConditions, row: ObjectRow): void {
  const modified = Math.floor(row.lastModifiedMs / 1000);
  if (conditions.IfMatch !== undefined) {
    if (!etagMatches(conditions.IfMatch, row.etag)) throw preconditionFailed('x-amz-copy-source-If-Match');
  } else if (conditions.IfUnmodifiedSince && modified > Math.floor(conditions.IfUnmodifiedSince.getTime() / 1000)) {
    throw preconditionFailed('x-amz-copy-source-If-Unmodified-Since');
  }
  if (conditions.IfNoneMatch !== undefined) {
    if (etagMatches(conditions.IfNoneMatch, row.etag)) throw preconditionFailed('x-amz-copy-source-If-None-Match');
  } else if (conditions.IfModifiedSince && modified <= Math.floor(conditions.IfModifiedSince.getTime() / 1000)) {
    throw preconditionFailed('x-amz-copy-source-If-Modified-Since');
  }
}
