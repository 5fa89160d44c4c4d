import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { protocolFor, selectProtocol } from '../protocol/index.js';
import { AwsError } from '../shared/aws-error.js';
import { readBody } from '../server/read-body.js';
import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';
import { lookupCredential } from '../services/iam/index.js';
import type { Handler } from './handler.js';
import type { PayloadSignature } from '../services/define-service.js';
import { readSignatureV2, signV2, stringToSignV2, type SignedV2 } from './verify-signature-v2.js';
import { chunkSignatureCheck, SIGNED_STREAMING, SIGNED_STREAMING_TRAILER } from './chunk-signatures.js';

/**
 * SigV4 verification, only with KUMO_ENFORCE_SIGV4=1 (the first line returns otherwise).
 * Keys Kumo issued (IAM access keys, STS sessions) must sign correctly, within 15 minutes of
 * now, with their session token; the default root credentials (`test` and twelve-digit key
 * ids) are allowed without a check, as their secrets are unknown. S3's signed streaming
 * uploads have each chunk (and the trailer) checked as the body streams (chunk-signatures.ts).
 * SigV4a (ECDSA) is not verified, so under enforcement an issued key signing with it is refused.
 */
const ALGORITHM = 'AWS4-HMAC-SHA256';
const ECDSA_ALGORITHM = 'AWS4-ECDSA-P256-SHA256';
const MAX_SKEW_MS = 15 * 60_000;
const DEFAULT_KEY = /^(test|\d{12})$/;

interface Signed {
  accessKeyId: string;
  scope: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  presigned: boolean;
  expires?: number;
}

/** A no-op without KUMO_ENFORCE_SIGV4 (and then synchronous, like most of the chain). */
export const verifySignature: Handler = (exchange, runtime) => {
  if (!runtime.config.enforceSigV4) return;
  return verifyEnforced(exchange, runtime);
};

async function verifyEnforced(exchange: Exchange, runtime: KumoRuntime): Promise<void> {
  const sigV4aKey = sigV4aAccessKey(exchange);
  if (sigV4aKey !== undefined) {
    if (DEFAULT_KEY.test(sigV4aKey)) return;
    throw failure(exchange, runtime, 'sigv4a');
  }
  const signed = readSignature(exchange);
  if (!signed) {
    // S3 still takes signature version 2 (AWS CLI v1's `aws s3 presign`, old clients): checked too.
    const v2 = exchange.service?.name === 's3' ? readSignatureV2(exchange) : undefined;
    if (v2) return verifyV2(exchange, runtime, v2);
    if (mayBeUnsigned(exchange)) return;
    throw failure(exchange, runtime, 'missing');
  }
  if (DEFAULT_KEY.test(signed.accessKeyId)) return;
  const token = signed.presigned ? new URLSearchParams(exchange.rawQuery).get('X-Amz-Security-Token') : exchange.headers['x-amz-security-token'];
  const credential = issuedCredential(exchange, runtime, signed.accessKeyId, token ?? undefined);
  const signedAt = parseAmzDate(signed.amzDate);
  // Client clocks are real time: skew is measured against the wall clock, not Kumo's movable one.
  const now = Date.now();
  if (signed.presigned) {
    if (signedAt + (signed.expires ?? 0) * 1000 < now) throw failure(exchange, runtime, 'expired');
  } else if (!Number.isFinite(signedAt) || Math.abs(now - signedAt) > MAX_SKEW_MS) {
    throw failure(exchange, runtime, 'skewed', signed.amzDate, now);
  }
  const payloadHash = await payloadHashOf(exchange, runtime, signed);
  const canonical = canonicalRequest(exchange, signed, payloadHash);
  const stringToSign = [ALGORITHM, signed.amzDate, signed.scope, sha256(canonical)].join('\n');
  let key: Buffer = hmac(`AWS4${credential.secretAccessKey}`, signed.date);
  for (const part of [signed.region, signed.service, 'aws4_request']) key = hmac(key, part);
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const provided = Buffer.from(signed.signature);
  if (expected.length !== provided.length || !timingSafeEqual(expected, provided)) {
    // S3 shows what it signed, so a client can find its mistake.
    throw failure(exchange, runtime, 'mismatch', '', 0, {
      AWSAccessKeyId: signed.accessKeyId, StringToSign: stringToSign, SignatureProvided: signed.signature, StringToSignBytes: hexBytes(stringToSign),
      CanonicalRequest: canonical, CanonicalRequestBytes: hexBytes(canonical),
    });
  }
  if (!signed.presigned && (payloadHash === SIGNED_STREAMING || payloadHash === SIGNED_STREAMING_TRAILER)) {
    exchange.chunkSignatures = chunkSignatureCheck({
      accessKeyId: signed.accessKeyId, amzDate: signed.amzDate, scope: signed.scope, signingKey: key,
      seedSignature: signed.signature, trailer: payloadHash === SIGNED_STREAMING_TRAILER,
    });
  }
}

/**
 * The access key of a SigV4a request (`AWS4-ECDSA-P256-SHA256` in the Authorization header or
 * the query, or chunks signed with ECDSA), which Kumo cannot verify; undefined for others.
 */
function sigV4aAccessKey(exchange: Exchange): string | undefined {
  const authorization = exchange.headers.authorization;
  const ecdsaChunks = (exchange.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD');
  if (authorization?.startsWith(`${ECDSA_ALGORITHM} `) || (ecdsaChunks && authorization !== undefined)) {
    return /Credential=([^/,\s]*)/.exec(authorization)?.[1] ?? '';
  }
  if (exchange.rawQuery.includes(ECDSA_ALGORITHM)) {
    const query = new URLSearchParams(exchange.rawQuery);
    if (query.get('X-Amz-Algorithm') === ECDSA_ALGORITHM) return (query.get('X-Amz-Credential') ?? '').split('/')[0]!;
  }
  return undefined;
}

/** A key Kumo issued, active, with its session token (when it has one) and unexpired. */
function issuedCredential(exchange: Exchange, runtime: KumoRuntime, accessKeyId: string, token: string | undefined) {
  const credential = lookupCredential(runtime.store, accessKeyId);
  if (!credential || credential.status === 'Inactive') throw failure(exchange, runtime, 'unknownKey');
  if (credential.sessionToken !== undefined) {
    if (token !== credential.sessionToken) throw failure(exchange, runtime, 'unknownKey');
    if (credential.expiresAt !== undefined && credential.expiresAt <= runtime.clock.now()) throw failure(exchange, runtime, 'expiredToken');
  }
  return credential;
}

/**
 * A signature over a payload instead of the request (S3 POST policies): the same key
 * checks, then HMAC-SHA256 with the scope's signing key (SigV4) or HMAC-SHA1 (SigV2).
 * Only with KUMO_ENFORCE_SIGV4=1; the default root credentials are not checked.
 */
export function verifyPayloadSignature(exchange: Exchange, runtime: KumoRuntime, proof: PayloadSignature): void {
  if (!runtime.config.enforceSigV4 || DEFAULT_KEY.test(proof.accessKeyId)) return;
  const credential = issuedCredential(exchange, runtime, proof.accessKeyId, proof.securityToken);
  let expected: string;
  if (proof.version === 4) {
    const [, date = '', region = '', service = ''] = proof.credential.split('/');
    let key: Buffer = hmac(`AWS4${credential.secretAccessKey}`, date);
    for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
    expected = hmac(key, proof.stringToSign).toString('hex');
  } else {
    expected = signV2(credential.secretAccessKey, proof.stringToSign);
  }
  const a = Buffer.from(expected);
  const b = Buffer.from(proof.signature);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw failure(exchange, runtime, 'mismatch', '', 0, {
      AWSAccessKeyId: proof.accessKeyId, StringToSign: proof.stringToSign, SignatureProvided: proof.signature, StringToSignBytes: hexBytes(proof.stringToSign),
    });
  }
}

function verifyV2(exchange: Exchange, runtime: KumoRuntime, signed: SignedV2): void {
  if (DEFAULT_KEY.test(signed.accessKeyId)) return;
  const token = exchange.headers['x-amz-security-token'] ?? new URLSearchParams(exchange.rawQuery).get('x-amz-security-token') ?? undefined;
  const credential = issuedCredential(exchange, runtime, signed.accessKeyId, token);
  if (!signed.presigned) {
    const signedAt = /^\d{8}T\d{6}Z$/.test(signed.date ?? '') ? parseAmzDate(signed.date!) : Date.parse(signed.date ?? '');
    if (!Number.isFinite(signedAt) || Math.abs(Date.now() - signedAt) > MAX_SKEW_MS) throw failure(exchange, runtime, 'skewed', signed.date ?? '', Date.now());
  }
  const stringToSign = stringToSignV2(exchange, signed);
  const expected = Buffer.from(signV2(credential.secretAccessKey, stringToSign));
  const provided = Buffer.from(signed.signature);
  if (expected.length !== provided.length || !timingSafeEqual(expected, provided)) {
    throw failure(exchange, runtime, 'mismatch', '', 0, {
      AWSAccessKeyId: signed.accessKeyId, StringToSign: stringToSign, SignatureProvided: signed.signature, StringToSignBytes: hexBytes(stringToSign),
    });
  }
}

function hexBytes(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

function readSignature(exchange: Exchange): Signed | undefined {
  const authorization = exchange.headers.authorization;
  if (authorization?.startsWith(`${ALGORITHM} `)) {
    const fields = Object.fromEntries(
      authorization.slice(ALGORITHM.length + 1).split(',').map((part) => {
        const [name, ...rest] = part.trim().split('=');
        return [name, rest.join('=')];
      }),
    );
    return signedFrom(fields.Credential, fields.SignedHeaders, fields.Signature, exchange.headers['x-amz-date'] ?? '', false);
  }
  if (exchange.rawQuery.includes('X-Amz-Signature=')) {
    const query = new URLSearchParams(exchange.rawQuery);
    if (query.get('X-Amz-Algorithm') !== ALGORITHM) return undefined;
    return signedFrom(query.get('X-Amz-Credential'), query.get('X-Amz-SignedHeaders'), query.get('X-Amz-Signature'), query.get('X-Amz-Date') ?? '', true, Number(query.get('X-Amz-Expires') ?? '0'));
  }
  return undefined;
}

function signedFrom(credential: string | null | undefined, headers: string | null | undefined, signature: string | null | undefined, amzDate: string, presigned: boolean, expires?: number): Signed | undefined {
  if (!credential || !headers || !signature) return undefined;
  const parts = credential.split('/');
  if (parts.length !== 5) return undefined;
  const [accessKeyId, date, region, service] = parts as [string, string, string, string, string];
  return { accessKeyId, scope: parts.slice(1).join('/'), date, region, service, signedHeaders: headers.split(';'), signature, amzDate, presigned, expires };
}

/** Unsigned requests AWS accepts: anonymous S3 access and the STS calls that carry their own proof. */
function mayBeUnsigned(exchange: Exchange): boolean {
  const service = exchange.service?.name;
  if (service === 's3') return true;
  if (service !== 'sts') return false;
  const form = `${exchange.rawQuery}&${exchange.body?.toString('utf8') ?? ''}`;
  return /(^|&)Action=AssumeRoleWith(WebIdentity|SAML)(&|$)/.test(form);
}

async function payloadHashOf(exchange: Exchange, runtime: KumoRuntime, signed: Signed): Promise<string> {
  const declared = exchange.headers['x-amz-content-sha256'];
  if (declared) return declared;
  if (signed.presigned && exchange.service?.name === 's3') return 'UNSIGNED-PAYLOAD';
  if (!exchange.body) {
    // Buffered raw (gzip and all): the signature covers the bytes as sent. parse-request uses this buffer.
    const { body } = await readBody(exchange.req, exchange.headers, runtime.config.maxBodyBytes, false);
    exchange.body = body;
  }
  return sha256(exchange.body);
}

export function canonicalRequest(exchange: Pick<Exchange, 'method' | 'path' | 'rawQuery' | 'req' | 'headers'>, signed: Pick<Signed, 'signedHeaders' | 'presigned' | 'service'>, payloadHash: string): string {
  const uri = signed.service === 's3' ? exchange.path || '/' : escapePath(exchange.path);
  const query = exchange.rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = decode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
      return [escape(name), escape(value)] as const;
    })
    .filter(([name]) => !(signed.presigned && name === 'X-Amz-Signature'))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const distinct = exchange.req.headersDistinct;
  const headers = signed.signedHeaders.map((name) => {
    const values = distinct[name] ?? (exchange.headers[name] !== undefined ? [exchange.headers[name]!] : []);
    return `${name}:${values.map((v) => v.trim().replace(/\s+/g, ' ')).join(',')}\n`;
  });
  return [exchange.method, uri, query, headers.join(''), signed.signedHeaders.join(';'), payloadHash].join('\n');
}

/** Non-S3 services sign the normalized, once-more-encoded path (as the SDKs and botocore do). */
function escapePath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const joined = `/${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
  return escape(joined).replace(/%2F/g, '/');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function escape(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function parseAmzDate(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

function formatAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

type Failure = 'missing' | 'unknownKey' | 'expiredToken' | 'expired' | 'skewed' | 'mismatch' | 'sigv4a';

const SIGV4A = `Kumo does not verify SigV4a (${ECDSA_ALGORITHM}) signatures, so it refuses them under KUMO_ENFORCE_SIGV4=1: sign with SigV4 (${ALGORITHM}), or turn enforcement off.`;
const MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** The error AWS returns for each failure, in the request's protocol family. */
function failure(exchange: Exchange, runtime: KumoRuntime, kind: Failure, amzDate = '', now = 0, s3Fields?: Record<string, string>): AwsError {
  const service = exchange.service!;
  const model = runtime.catalog.model(service.name);
  exchange.model = model;
  exchange.protocol = protocolFor(selectProtocol(model.metadata.protocols ?? [model.metadata.protocol], exchange.headers));
  const family = service.name === 's3' ? 's3' : exchange.protocol.name === 'query' || exchange.protocol.name === 'ec2' ? 'query' : 'json';
  const skewMessage = `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - MAX_SKEW_MS)} (${formatAmzDate(now)} - 15 min.)`;
  const table: Record<Failure, Record<typeof family, [string, string, number]>> = {
    missing: {
      s3: ['AccessDenied', 'Access Denied', 403],
      query: ['MissingAuthenticationToken', 'Request is missing Authentication Token', 403],
      json: ['MissingAuthenticationTokenException', 'Missing Authentication Token', 403],
    },
    unknownKey: {
      s3: ['InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 403],
      query: ['InvalidClientTokenId', 'The security token included in the request is invalid.', 403],
      json: ['UnrecognizedClientException', 'The security token included in the request is invalid.', 400],
    },
    expiredToken: {
      s3: ['ExpiredToken', 'The provided token has expired.', 400],
      query: ['ExpiredToken', 'The security token included in the request is expired', 403],
      json: ['ExpiredTokenException', 'The security token included in the request is expired', 400],
    },
    expired: {
      s3: ['AccessDenied', 'Request has expired', 403],
      query: ['SignatureDoesNotMatch', 'Signature expired', 403],
      json: ['InvalidSignatureException', 'Signature expired', 403],
    },
    skewed: {
      s3: ['RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 403],
      query: ['SignatureDoesNotMatch', skewMessage, 403],
      json: ['InvalidSignatureException', skewMessage, 403],
    },
    mismatch: {
      s3: ['SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', 403],
      query: ['SignatureDoesNotMatch', MISMATCH, 403],
      json: ['InvalidSignatureException', MISMATCH, 403],
    },
    // Not an AWS answer (AWS verifies SigV4a): Kumo's own refusal, as for what it does not implement.
    sigv4a: {
      s3: ['NotImplemented', SIGV4A, 501],
      query: ['NotImplemented', SIGV4A, 501],
      json: ['NotImplemented', SIGV4A, 501],
    },
  };
  const [code, message, status] = table[kind][family];
  return new AwsError(code, message, { status, ...(family === 's3' && s3Fields ? { fields: s3Fields } : {}) });
}
