import { invalidRequest } from '../errors.js';
import type { UploadRow } from '../store.js';
import { parseCustomerKey, type CustomerKeyInput } from './object-encryption.js';

/**
 * Parts of an SSE-C multipart upload carry the customer key CreateMultipartUpload named (S3
 * encrypts each part with it): without it, or with another key, S3 answers 400 InvalidRequest.
 * Parts of an upload without SSE-C must not send one.
 */
export function checkPartCustomerKey(upload: UploadRow, input: CustomerKeyInput): void {
  const sent = parseCustomerKey(input);
  if (upload.customerKeyMd5 === undefined) {
    if (sent !== undefined) throw invalidRequest('The encryption parameters are not applicable to this object.');
    return;
  }
  if (sent === undefined) throw invalidRequest('The multipart upload initiate requested encryption. Subsequent part requests must include the appropriate encryption parameters.');
  if (sent !== upload.customerKeyMd5) throw invalidRequest('The provided encryption parameters did not match the ones used originally.');
}
