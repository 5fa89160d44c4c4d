import type { Exchange } from '../server/exchange.js';
import type { Handler } from './handler.js';

/** Headers browser SDKs must be able to read from responses. */
const EXPOSED_HEADERS = [
  'x-amzn-requestid',
  'x-amzn-errortype',
  'x-amzn-error-message',
  'x-amzn-query-error',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-amz-version-id',
  'x-amz-delete-marker',
  'x-amz-server-side-encryption',
  'x-amz-checksum-crc32',
  'x-amz-checksum-crc32c',
  'x-amz-checksum-sha1',
  'x-amz-checksum-sha256',
  'x-amz-checksum-crc64nvme',
  'x-amz-function-error',
  'x-amz-log-result',
  'x-amz-executed-version',
  'etag',
  'content-length',
  'content-range',
  'date',
  'last-modified',
].join(', ');

/**
 * Lets browser SDKs call Kumo: answers preflight requests and adds the allow/expose headers
 * to every response. (S3's per-bucket CORS rules are the S3 service's own concern.)
 */
export const handleCors: Handler = (exchange) => {
  const origin = exchange.headers.origin;
  if (exchange.method === 'OPTIONS' && exchange.headers['access-control-request-method']) {
    exchange.response = {
      status: 200,
      headers: {
        ...corsHeaders(exchange),
        'access-control-allow-methods': 'GET, HEAD, PUT, POST, DELETE, PATCH, OPTIONS',
        'access-control-allow-headers': exchange.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '86400',
        'content-length': '0',
      },
    };
    return;
  }
  if (origin) for (const [name, value] of Object.entries(corsHeaders(exchange))) exchange.res.setHeader(name, value);
};

function corsHeaders(exchange: Exchange): Record<string, string> {
  const origin = exchange.headers.origin;
  return {
    'access-control-allow-origin': origin ?? '*',
    ...(origin ? { 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}),
    'access-control-expose-headers': EXPOSED_HEADERS,
  };
}
