import { AwsError } from '../../../shared/aws-error.js';
import { wildcard } from '../../../policy/index.js';
import { invalidRequest, malformedXml } from '../errors.js';
import type { CorsRule } from './access-configs.js';

const METHODS = ['GET', 'PUT', 'HEAD', 'POST', 'DELETE'];

/** PutBucketCors's checks, with S3's messages. */
export function validateCorsRules(rules: CorsRule[] | undefined): CorsRule[] {
  if (!rules || rules.length === 0) throw malformedXml();
  if (rules.length > 100) throw invalidRequest('The number of CORS rules should not exceed allowed limit of 100 rules.');
  return rules.map((rule) => {
    if (!rule.AllowedMethods?.length || !rule.AllowedOrigins?.length) throw malformedXml();
    for (const method of rule.AllowedMethods) {
      if (!METHODS.includes(method)) throw invalidRequest(`Found unsupported HTTP method in CORS config. Unsupported method is ${method}`);
    }
    for (const origin of rule.AllowedOrigins) {
      if (origin.split('*').length > 2) throw invalidRequest(`AllowedOrigin "${origin}" can not have more than one wildcard.`);
    }
    for (const header of rule.AllowedHeaders ?? []) {
      if (header.split('*').length > 2) throw invalidRequest(`AllowedHeader "${header}" can not have more than one wildcard.`);
    }
    return rule;
  });
}

/** The first rule allowing this origin, method and (for a preflight) request headers, as S3 picks it. */
export function matchingRule(rules: readonly CorsRule[], origin: string, method: string, requestHeaders: readonly string[]): CorsRule | undefined {
  return rules.find(
    (rule) =>
      rule.AllowedOrigins.some((o) => wildcard(o, origin)) &&
      rule.AllowedMethods.includes(method) &&
      requestHeaders.every((h) => (rule.AllowedHeaders ?? []).some((allowed) => wildcard(allowed.toLowerCase(), h.toLowerCase()))),
  );
}

/** The Access-Control-* headers S3 sends for a rule that matched. */
export function corsHeaders(rule: CorsRule, origin: string, requestHeaders?: string): Record<string, string> {
  const any = rule.AllowedOrigins.includes('*');
  const headers: Record<string, string> = {
    'access-control-allow-origin': any ? '*' : origin,
    'access-control-allow-methods': rule.AllowedMethods.join(', '),
    vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
  };
  if (!any) headers['access-control-allow-credentials'] = 'true';
  if (requestHeaders) headers['access-control-allow-headers'] = requestHeaders;
  if (rule.ExposeHeaders?.length) headers['access-control-expose-headers'] = rule.ExposeHeaders.join(', ');
  if (rule.MaxAgeSeconds !== undefined) headers['access-control-max-age'] = String(rule.MaxAgeSeconds);
  return headers;
}

/** S3's message when no rule allows a preflight (its spelling). */
export const CORS_NOT_ALLOWED =
  "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.";

/** S3's answer to a browser's preflight for a bucket with these rules (undefined: none set). */
export function preflightAnswer(
  rules: readonly CorsRule[] | undefined,
  request: { origin?: string; method: string; requestHeaders?: string; resourceType: 'BUCKET' | 'OBJECT' },
): { status: number; headers: Record<string, string>; body?: string } {
  if (!request.origin) return forbidden(new AwsError('BadRequest', 'Insufficient information. Origin request header needed.', { status: 400 }), request);
  if (!rules) return forbidden(new AwsError('AccessForbidden', 'CORSResponse: CORS is not enabled for this bucket.', { status: 403 }), request);
  const asked = (request.requestHeaders ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  const rule = matchingRule(rules, request.origin, request.method, asked);
  if (!rule) return forbidden(new AwsError('AccessForbidden', CORS_NOT_ALLOWED, { status: 403 }), request);
  return { status: 200, headers: { ...corsHeaders(rule, request.origin, request.requestHeaders), 'content-length': '0' } };
}

function forbidden(error: AwsError, request: { method: string; resourceType: string }): { status: number; headers: Record<string, string>; body: string } {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message><Method>${escapeXml(request.method)}</Method><ResourceType>${request.resourceType}</ResourceType></Error>`;
  return { status: error.status, headers: { 'content-type': 'application/xml' }, body };
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
