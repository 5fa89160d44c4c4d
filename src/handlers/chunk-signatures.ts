import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { ChunkSignatureCheck } from '../protocol/body/aws-chunked.js';
import { AwsError } from '../shared/aws-error.js';

/**
 * S3's signed streaming uploads (`x-amz-content-sha256: STREAMING-AWS4-HMAC-SHA256-PAYLOAD`
 * and `...-PAYLOAD-TRAILER`): each chunk carries a signature chained from the previous one,
 * the first from the request's own (the seed), over
 * `AWS4-HMAC-SHA256-PAYLOAD\n<date>\n<scope>\n<previous>\n<sha256("")>\n<sha256(data)>`;
 * the trailer's over `AWS4-HMAC-SHA256-TRAILER\n<date>\n<scope>\n<previous>\n<sha256(lines)>`.
 * verify-signature.ts builds this check once the seed is verified; the aws-chunked decoder
 * runs it as the body streams, so a bad chunk fails the upload before anything is stored.
 */
export const SIGNED_STREAMING = 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD';
export const SIGNED_STREAMING_TRAILER = 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER';

const EMPTY_SHA256_HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

export interface ChunkSigning {
  accessKeyId: string;
  /** The request's x-amz-date and credential scope (`20130524/us-east-1/s3/aws4_request`). */
  amzDate: string;
  scope: string;
  signingKey: Buffer;
  /** The request's verified signature, which the first chunk's chains from. */
  seedSignature: string;
  /** Whether signed trailing headers follow the final chunk. */
  trailer: boolean;
}

export function chunkSignatureCheck(signing: ChunkSigning): ChunkSignatureCheck {
  let previous = signing.seedSignature;
  const prefix = `\n${signing.amzDate}\n${signing.scope}\n`;
  const check = (stringToSign: string, provided: string | undefined): void => {
    const expected = createHmac('sha256', signing.signingKey).update(stringToSign, 'utf8').digest('hex');
    if (provided === undefined || !same(expected, provided)) throw mismatch(signing.accessKeyId, stringToSign, provided ?? '');
    previous = expected;
  };
  return {
    chunk(provided, dataHash) {
      check(`AWS4-HMAC-SHA256-PAYLOAD${prefix}${previous}\n${EMPTY_SHA256_HEX}\n${dataHash.toString('hex')}`, provided);
    },
    trailer: signing.trailer
      ? (provided, canonical) => {
          check(`AWS4-HMAC-SHA256-TRAILER${prefix}${previous}\n${sha256Hex(canonical)}`, provided);
        }
      : undefined,
  };
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function same(expected: string, provided: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(provided);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** S3's 403, showing what it signed so a client can find its mistake (as for the request's own signature). */
function mismatch(accessKeyId: string, stringToSign: string, provided: string): AwsError {
  return new AwsError('SignatureDoesNotMatch', MISMATCH, {
    status: 403,
    fields: {
      AWSAccessKeyId: accessKeyId, StringToSign: stringToSign, SignatureProvided: provided,
      StringToSignBytes: [...Buffer.from(stringToSign, 'utf8')].map((b) => b.toString(16).padStart(2, '0')).join(' '),
    },
  });
}
