import { AwsError } from '../../shared/aws-error.js';
import { verifyBlobDownload } from '../../shared/blob-download-url.js';
import type { KumoRuntime } from '../../server/runtime.js';
import type { WireResponse } from '../../protocol/types.js';

/** `GET /_kumo/blobs/<id>?expires=&filename=&signature=`: a presigned blob download (Lambda code). */
export function blobDownloadRoute(runtime: KumoRuntime, method: string, path: string, query: URLSearchParams): WireResponse {
  if (method !== 'GET' && method !== 'HEAD') throw new AwsError('MethodNotAllowed', 'Use GET.', { status: 405 });
  const grant = verifyBlobDownload(path, query, runtime.clock.now());
  const size = grant ? runtime.store.blobs.size(grant.blobId) : undefined;
  if (!grant || size === undefined) throw new AwsError('AccessDenied', 'Request has expired or the signature does not match.', { status: 403 });
  return {
    status: 200,
    headers: {
      'content-type': 'application/zip',
      'content-length': String(size),
      'content-disposition': `attachment; filename="${grant.filename.replace(/"/g, '')}"`,
    },
    body: method === 'HEAD' ? Buffer.alloc(0) : runtime.store.blobs.open(grant.blobId),
  };
}
