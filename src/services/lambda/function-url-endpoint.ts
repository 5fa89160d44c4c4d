import { randomUUID } from 'node:crypto';
import type { InternalRoute, InternalRouteRequest, InternalRouteResponse } from '../define-service.js';
import { isAwsError } from '../../shared/aws-error.js';
import { URL_HOST, URL_PATH, type FunctionUrlRecord } from './model/function-url.js';
import { resolveFunction } from './model/lookup.js';
import { runInvocation } from './model/run-invocation.js';
import { scopeContext } from './model/sqs-event-source.js';
import { functionArn } from './model.js';
import { lambdaRuntime } from './runtime-state.js';
import { functionUrlsTable } from './store.js';

const GLOBAL = { accountId: '', region: '' };
const TEXT_TYPES = /^(text\/|application\/(json|javascript|xml|x-www-form-urlencoded|[a-z.+-]*\+(json|xml)))/i;

/**
 * Requests for function URLs, by Host (`<id>.lambda-url.<region>.<anything>`) or by path
 * (`/_kumo/lambda-url/<id>/...` for plain localhost): claimed before AWS routing, as they are
 * arbitrary HTTP requests to the function, not API calls.
 */
export function claimFunctionUrl(request: { path: string; hostname: string }): InternalRoute | undefined {
  const byHost = URL_HOST.exec(request.hostname);
  if (byHost) return (req) => serve(req, byHost[1]!, req.path ?? '/');
  const byPath = URL_PATH.exec(request.path);
  if (byPath) return (req) => serve(req, byPath[1]!, byPath[2] ?? '/');
  return undefined;
}

async function serve(req: InternalRouteRequest, urlId: string, rawPath: string): Promise<InternalRouteResponse> {
  const url = req.runtime.store.table(functionUrlsTable, GLOBAL).get(urlId);
  if (!url) return json(404, { Message: null });
  const headers = req.headers ?? {};
  const origin = headers.origin;
  const corsHeaders = origin ? allowedCors(url, origin) : {};
  if (req.method === 'OPTIONS' && origin && headers['access-control-request-method']) return preflight(url, corsHeaders);
  if (url.authType === 'AWS_IAM') {
    const signed = (headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256') || (req.rawQuery ?? '').includes('X-Amz-Signature=');
    if (!signed) return json(403, { Message: 'Forbidden' }, corsHeaders);
    try {
      await req.verifySignature?.();
    } catch (error) {
      if (isAwsError(error)) return json(403, { Message: error.message }, corsHeaders);
      throw error;
    }
  }
  const runtime = lambdaRuntime(req.runtime.store);
  const ctx = scopeContext(runtime, url.accountId, url.region);
  let reply;
  try {
    const { record, version, config } = resolveFunction(ctx, url.functionName, url.qualifier);
    const invokedArn = functionArn(url, url.functionName, url.qualifier);
    const event = eventOf(req, url, rawPath);
    reply = await runInvocation(runtime, { accountId: url.accountId, region: url.region, endpoint: url.endpoint }, { record, version, config, invokedArn }, Buffer.from(JSON.stringify(event)));
  } catch (error) {
    if (isAwsError(error) && error.code === 'TooManyRequestsException') return json(429, { Message: 'Rate Exceeded.' }, corsHeaders);
    if (isAwsError(error)) return json(502, { Message: null }, corsHeaders);
    throw error;
  }
  if (reply.functionError) return json(502, { Message: 'Internal Server Error' }, corsHeaders);
  return responseOf(reply.payload, corsHeaders);
}

/** The payload format 2.0 event, as AWS builds it for function URLs. */
function eventOf(req: InternalRouteRequest, url: FunctionUrlRecord, rawPath: string): Record<string, unknown> {
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  const cookies = headers.cookie?.split(/;\s*/).filter(Boolean);
  delete headers.cookie;
  const query: Record<string, string> = {};
  for (const [key, value] of req.query) query[key] = key in query ? `${query[key]},${value}` : value;
  const contentType = headers['content-type'] ?? '';
  const text = TEXT_TYPES.test(contentType);
  const now = req.runtime.clock.now();
  const domainName = req.hostname ?? `${url.urlId}.lambda-url.${url.region}.localhost`;
  const event: Record<string, unknown> = {
    version: '2.0',
    routeKey: '$default',
    rawPath: decodeURIComponent(rawPath),
    rawQueryString: req.rawQuery ?? '',
    headers,
    requestContext: {
      accountId: 'anonymous',
      apiId: url.urlId,
      domainName,
      domainPrefix: url.urlId,
      http: { method: req.method, path: decodeURIComponent(rawPath), protocol: 'HTTP/1.1', sourceIp: req.sourceIp ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: clfTime(now),
      timeEpoch: now,
    },
    isBase64Encoded: false,
  };
  if (cookies?.length) event.cookies = cookies;
  if (Object.keys(query).length) event.queryStringParameters = query;
  if (req.body.length > 0) {
    event.body = text ? req.body.toString('utf8') : req.body.toString('base64');
    event.isBase64Encoded = !text;
  }
  if (url.authType === 'AWS_IAM') {
    const accessKey = /Credential=([^/]+)\//.exec(headers.authorization ?? '')?.[1] ?? '';
    const accountId = /^\d{12}$/.test(accessKey) ? accessKey : url.accountId;
    (event.requestContext as Record<string, unknown>).accountId = accountId;
    (event.requestContext as Record<string, unknown>).authorizer = {
      iam: { accessKey, accountId, callerId: accessKey, cognitoIdentity: null, principalOrgId: null, userArn: `arn:aws:iam::${accountId}:root`, userId: accountId },
    };
  }
  return event;
}

/**
 * Maps the function's answer as AWS does: an object with `statusCode` is a response
 * (headers, cookies, body, isBase64Encoded); anything else is a 200 JSON body (a bare
 * string is the body itself).
 */
export function responseOf(payload: Buffer, extra: Record<string, string> = {}): InternalRouteResponse {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8') || 'null');
  } catch {
    return json(502, { Message: 'Internal Server Error' }, extra);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'statusCode' in value) {
    const out = value as { statusCode: unknown; headers?: Record<string, unknown>; cookies?: unknown[]; body?: unknown; isBase64Encoded?: boolean };
    const headers: Record<string, string | string[]> = { ...extra };
    for (const [name, v] of Object.entries(out.headers ?? {})) headers[name.toLowerCase()] = String(v);
    if (Array.isArray(out.cookies) && out.cookies.length) headers['set-cookie'] = out.cookies.map(String);
    const body = out.body === undefined || out.body === null ? '' : typeof out.body === 'string' ? out.body : JSON.stringify(out.body);
    const contentType = typeof headers['content-type'] === 'string' ? headers['content-type'] : 'application/json';
    delete headers['content-type'];
    return { status: Number(out.statusCode) || 200, contentType, headers, body: out.isBase64Encoded ? Buffer.from(body, 'base64') : body };
  }
  return { status: 200, contentType: 'application/json', headers: extra, body: typeof value === 'string' ? value : JSON.stringify(value) };
}

function allowedCors(url: FunctionUrlRecord, origin: string): Record<string, string> {
  const cors = url.cors;
  if (!cors?.AllowOrigins?.some((o) => o === '*' || o.toLowerCase() === origin.toLowerCase())) return {};
  const out: Record<string, string> = { 'access-control-allow-origin': cors.AllowOrigins.includes('*') && !cors.AllowCredentials ? '*' : origin, vary: 'Origin' };
  if (cors.AllowCredentials) out['access-control-allow-credentials'] = 'true';
  if (cors.ExposeHeaders?.length) out['access-control-expose-headers'] = cors.ExposeHeaders.join(',');
  return out;
}

function preflight(url: FunctionUrlRecord, allowed: Record<string, string>): InternalRouteResponse {
  const cors = url.cors ?? {};
  const headers: Record<string, string> = { ...allowed };
  if (allowed['access-control-allow-origin']) {
    if (cors.AllowMethods?.length) headers['access-control-allow-methods'] = cors.AllowMethods.join(',');
    if (cors.AllowHeaders?.length) headers['access-control-allow-headers'] = cors.AllowHeaders.join(',');
    if (cors.MaxAge !== undefined) headers['access-control-max-age'] = String(cors.MaxAge);
  }
  return { status: 200, contentType: 'application/json', headers, body: '' };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): InternalRouteResponse {
  return { status, contentType: 'application/json', headers, body: JSON.stringify(body) };
}

/** `12/Mar/2020:19:03:58 +0000`, the common log format time AWS puts in requestContext.time. */
function clfTime(ms: number): string {
  const d = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
