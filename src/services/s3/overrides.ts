import type { CorsAnswer, RoutingFacts, RoutingRule } from '../../router/index.js';
import type { Store } from '../../store/types.js';
import { corsHeaders, matchingRule, preflightAnswer } from './model/cors.js';
import { checkPresignedExpiry } from './model/presigned-expiry.js';
import { bucketsTable } from './store.js';

/**
 * S3's wire quirks. Requests signed for s3 already resolve by signing name; this rule claims
 * the unsigned ones (presigned SigV2 URLs, browser POST forms, anonymous GETs of public
 * objects) and, for every S3 request, moves a virtual-hosted bucket into the path so the
 * model's `/{Bucket}/{Key+}` templates match, and refuses expired presigned URLs.
 */
export const s3RoutingRule: RoutingRule = {
  service: 's3',

  matches(facts: RoutingFacts): boolean {
    if (facts.scope?.service && facts.scope.service !== 's3') return false;
    if (facts.headers['x-amz-target']) return false;
    if (/(^|&)Action=/.test(facts.rawQuery)) return false;
    // Query-protocol calls (STS AssumeRoleWithWebIdentity is unsigned) post a form to "/".
    if (facts.method === 'POST' && (facts.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return false;
    return isS3Host(facts.hostname);
  },

  rewriteRequest(facts: RoutingFacts, now: number): string | undefined {
    checkPresignedExpiry(facts.rawQuery, now);
    const bucket = virtualHostBucket(facts.hostname);
    if (bucket === undefined) return undefined;
    return facts.path === '/' || facts.path === '' ? `/${bucket}` : `/${bucket}${facts.path}`;
  },

  /** A bucket's own CORS rules answer preflights and decide the headers of actual requests. */
  cors(facts: RoutingFacts, store: unknown, preflight: boolean): CorsAnswer | undefined {
    const target = corsTarget(facts);
    if (!target) return undefined;
    // Buckets are global: the scope key is ignored.
    const bucket = (store as Store).table(bucketsTable, { accountId: '', region: '' }).get(target.bucket);
    // A path that names no bucket (another service's call to a bare host) keeps the generic answer.
    if (!bucket) return undefined;
    const origin = facts.headers.origin;
    if (preflight) {
      const method = facts.headers['access-control-request-method']!;
      return { preflight: preflightAnswer(bucket.cors, { origin, method, requestHeaders: facts.headers['access-control-request-headers'], resourceType: target.resourceType }) };
    }
    const rule = bucket.cors && origin ? matchingRule(bucket.cors, origin, facts.method, []) : undefined;
    return { headers: rule ? corsHeaders(rule, origin!) : {} };
  },
};

function corsTarget(facts: RoutingFacts): { bucket: string; resourceType: 'BUCKET' | 'OBJECT' } | undefined {
  const hosted = virtualHostBucket(facts.hostname);
  const segments = facts.path.split('/').slice(1);
  if (hosted !== undefined) return { bucket: hosted, resourceType: segments.join('') === '' ? 'BUCKET' : 'OBJECT' };
  const first = segments[0];
  if (!first) return undefined;
  try {
    return { bucket: decodeURIComponent(first), resourceType: segments.slice(1).join('') === '' ? 'BUCKET' : 'OBJECT' };
  } catch {
    return undefined;
  }
}

const S3_LABEL = /^s3(?:$|[.-])/;

/** Whether an unsigned request to this host can be S3's: S3 host names, or a bare local host. */
function isS3Host(hostname: string): boolean {
  if (!hostname || hostname === 'localhost' || !hostname.includes('.') || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return true;
  if (hostname === 'localhost.localstack.cloud') return true;
  const labels = hostname.split('.');
  if (labels.some((label) => S3_LABEL.test(label))) return true;
  return labels.length === 2 && labels[1] === 'localhost';
}

/**
 * The bucket a virtual-hosted request names: `<bucket>.s3.<region>.amazonaws.com`,
 * `<bucket>.s3.localhost.localstack.cloud`, `<bucket>.s3-website-<region>...`, or
 * `<bucket>.localhost`. Path-style hosts (`s3.amazonaws.com`, an IP, `localhost`) name none.
 */
export function virtualHostBucket(hostname: string): string | undefined {
  if (!hostname || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return undefined;
  const labels = hostname.split('.');
  const s3At = labels.findIndex((label) => S3_LABEL.test(label));
  if (s3At > 0) return labels.slice(0, s3At).join('.');
  if (s3At === -1 && labels.length >= 2 && labels[labels.length - 1] === 'localhost' && labels.length === 2) return labels[0];
  return undefined;
}
