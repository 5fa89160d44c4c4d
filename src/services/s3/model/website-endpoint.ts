import { randomBytes } from 'node:crypto';
import type { InternalRoute, InternalRouteRequest, InternalRouteResponse } from '../../define-service.js';
import type { Store } from '../../../store/types.js';
import { bucketsTable, type BucketRow, type ObjectRow } from '../store.js';
import type { RoutingRule, WebsiteConfiguration } from './access-configs.js';
import { anonymousAllowed, objectRow } from './access.js';
import { errorPage, objectBody, websiteCors, websiteObject, type WebsiteRefusal } from './website-response.js';

/** `/_kumo/s3-website/<bucket>/<key>`: the website of a bucket where `<bucket>.s3-website.localhost` cannot be used. */
export const WEBSITE_PATH_PREFIX = '/_kumo/s3-website/';
const WEBSITE_LABEL = /^s3-website(?:[.-]|$)/;

/** Claims website-endpoint requests: `<bucket>.s3-website[.-]<region>.<host>` or the path form. */
export function claimWebsiteRequest(request: { method: string; path: string; hostname: string }): InternalRoute | undefined {
  if (request.path.startsWith(WEBSITE_PATH_PREFIX)) return serveWebsite;
  const labels = request.hostname.split('.');
  const at = labels.findIndex((label) => WEBSITE_LABEL.test(label));
  return at > 0 ? serveWebsite : undefined;
}

interface Target {
  bucket: string;
  key: string;
  /** What the site's root is on this endpoint, for redirects within the site (`/` or the path prefix). */
  root: string;
  host: string;
}

function targetOf(request: InternalRouteRequest): Target | undefined {
  const path = request.path ?? '/';
  const hostname = request.hostname ?? '';
  const host = request.headers?.host ?? hostname;
  let bucket: string;
  let rest: string;
  let root = '/';
  if (path.startsWith(WEBSITE_PATH_PREFIX)) {
    const after = path.slice(WEBSITE_PATH_PREFIX.length);
    const slash = after.indexOf('/');
    bucket = slash === -1 ? after : after.slice(0, slash);
    rest = slash === -1 ? '' : after.slice(slash + 1);
    root = `${WEBSITE_PATH_PREFIX}${bucket}/`;
  } else {
    const labels = hostname.split('.');
    bucket = labels.slice(0, labels.findIndex((label) => WEBSITE_LABEL.test(label))).join('.');
    rest = path.replace(/^\//, '');
  }
  try {
    return { bucket: decodeURIComponent(bucket), key: decodeURIComponent(rest), root, host };
  } catch {
    return undefined;
  }
}

/**
 * S3's website endpoint: anonymous GET/HEAD only, index documents for folders, the error
 * document (or S3's HTML error page) for 4xx, redirects from RedirectAllRequestsTo, routing
 * rules and objects' x-amz-website-redirect-location, and 403 for what is not public. Bodies
 * stream, with Range and conditional GETs; the bucket's CORS rules apply (model/website-response.ts).
 */
export const serveWebsite: InternalRoute = async (request) => {
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  const target = targetOf(request);
  const bucket = target?.bucket ? request.runtime.store.table(bucketsTable, { accountId: '', region: '' }).get(target.bucket) : undefined;
  const cors = websiteCors(bucket, request, requestId);
  if (cors.preflight) return cors.preflight;
  const out = await serve(request, target, bucket, requestId);
  return Object.keys(cors.headers).length === 0 ? out : { ...out, headers: { ...out.headers, ...cors.headers } };
};

async function serve(request: InternalRouteRequest, target: Target | undefined, bucket: BucketRow | undefined, requestId: string): Promise<InternalRouteResponse> {
  const store = request.runtime.store;
  const access = { store, clock: request.runtime.clock, sourceIp: (request.sourceIp ?? '127.0.0.1').replace(/^::ffff:/, '') };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return errorPage(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', { Method: request.method, ResourceType: 'OBJECT' }, requestId);
  }
  if (!target || !target.bucket) return errorPage(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: target?.bucket ?? '' }, requestId);
  if (!bucket) return errorPage(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: target.bucket }, requestId);
  const site = bucket.website;
  if (!site) return errorPage(404, 'NoSuchWebsiteConfiguration', 'The specified bucket does not have a website configuration', { BucketName: bucket.name }, requestId);
  if (site.RedirectAllRequestsTo) {
    const to = site.RedirectAllRequestsTo;
    return redirect(301, `${to.Protocol ?? 'http'}://${to.HostName}/${encodeKey(target.key)}`);
  }
  const byPrefix = (site.RoutingRules ?? []).find((r) => r.Condition?.KeyPrefixEquals !== undefined && !r.Condition.HttpErrorCodeReturnedEquals && target.key.startsWith(r.Condition.KeyPrefixEquals));
  if (byPrefix) return ruleRedirect(byPrefix, target);

  const fail = (refusal: Omit<WebsiteRefusal, 'headers'> & { headers?: Record<string, string> }) => failure(request, bucket, site, target, access, refusal, requestId);
  const suffix = site.IndexDocument!.Suffix;
  const key = target.key === '' || target.key.endsWith('/') ? `${target.key}${suffix}` : target.key;
  const found = readable(store, bucket, key);
  if (found === undefined) {
    // `/docs` with a `docs/index.html` is a folder: S3 sends the browser to `/docs/`.
    if (key === target.key && readable(store, bucket, `${key}/${suffix}`)) return redirect(302, `${target.root}${encodeKey(key)}/`);
    // Without public s3:ListBucket a missing key is not revealed.
    if (!anonymousAllowed(access, 'ListObjects', { Bucket: bucket.name })) return fail({ status: 403, code: 'AccessDenied', message: 'Access Denied', fields: {} });
    return fail({ status: 404, code: 'NoSuchKey', message: 'The specified key does not exist.', fields: { Key: key } });
  }
  if (!anonymousAllowed(access, 'GetObject', { Bucket: bucket.name, Key: key })) return fail({ status: 403, code: 'AccessDenied', message: 'Access Denied', fields: {} });
  if (found.headers.WebsiteRedirectLocation) return redirect(301, found.headers.WebsiteRedirectLocation);
  const answer = websiteObject(store, found, request);
  if ('contentType' in answer) return answer;
  // 304 is no error: an empty answer with the object's ETag and date.
  if (answer.status === 304) return { status: 304, contentType: 'text/html; charset=utf-8', body: '', headers: answer.headers };
  return fail(answer);
}

function readable(store: Store, bucket: BucketRow, key: string): ObjectRow | undefined {
  const row = objectRow(store, bucket, key, undefined);
  if (!row || row.deleteMarker) return undefined;
  return row;
}

function failure(
  request: InternalRouteRequest, bucket: BucketRow, site: WebsiteConfiguration, target: Target, access: Parameters<typeof anonymousAllowed>[0],
  refusal: Omit<WebsiteRefusal, 'headers'> & { headers?: Record<string, string> }, requestId: string,
): InternalRouteResponse {
  const { status } = refusal;
  const byCode = (site.RoutingRules ?? []).find(
    (r) => r.Condition?.HttpErrorCodeReturnedEquals === String(status) && (r.Condition.KeyPrefixEquals === undefined || target.key.startsWith(r.Condition.KeyPrefixEquals)),
  );
  if (byCode) return ruleRedirect(byCode, target);
  const errorKey = site.ErrorDocument?.Key;
  if (errorKey) {
    const store = request.runtime.store;
    const page = readable(store, bucket, errorKey);
    if (page && anonymousAllowed(access, 'GetObject', { Bucket: bucket.name, Key: errorKey })) return objectBody(store, page, status, request.method);
  }
  return errorPage(status, refusal.code, refusal.message, refusal.fields, requestId, refusal.headers);
}

function ruleRedirect(rule: RoutingRule, target: Target): InternalRouteResponse {
  const to = rule.Redirect;
  let key = target.key;
  if (to.ReplaceKeyWith !== undefined) key = to.ReplaceKeyWith;
  else if (to.ReplaceKeyPrefixWith !== undefined) key = to.ReplaceKeyPrefixWith + key.slice(rule.Condition?.KeyPrefixEquals?.length ?? 0);
  const location = to.HostName ? `${to.Protocol ?? 'http'}://${to.HostName}/${encodeKey(key)}` : `${to.Protocol ? `${to.Protocol}://${target.host}` : ''}${target.root}${encodeKey(key)}`;
  return redirect(Number(to.HttpRedirectCode ?? '301'), location);
}

function redirect(status: number, location: string): InternalRouteResponse {
  return { status, contentType: 'text/html; charset=utf-8', body: '', headers: { location } };
}

function encodeKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}
