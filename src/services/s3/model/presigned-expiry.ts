import { AwsError } from '../../../shared/aws-error.js';

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const ONE_WEEK_SECONDS = 604_800;

/**
 * Presigned URLs expire whether or not Kumo checks signatures: SigV4 query auth
 * (`X-Amz-Date` + `X-Amz-Expires`) and SigV2 (`Expires`, epoch seconds, with `AWSAccessKeyId`).
 * `now` is Kumo's clock, so tests move time instead of waiting.
 */
export function checkPresignedExpiry(rawQuery: string, now: number): void {
  if (!rawQuery.includes('X-Amz-') && !rawQuery.includes('AWSAccessKeyId=')) return;
  const query = new URLSearchParams(rawQuery);
  const amzDate = query.get('X-Amz-Date');
  const amzExpires = query.get('X-Amz-Expires');
  if (query.get('X-Amz-Credential') !== null && amzDate !== null && amzExpires !== null) {
    const match = AMZ_DATE.exec(amzDate);
    const seconds = Number(amzExpires);
    if (!match || !/^\d+$/.test(amzExpires)) {
      throw new AwsError('AuthorizationQueryParametersError', 'X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd\'T\'HHmmss\'Z\'"');
    }
    if (seconds > ONE_WEEK_SECONDS) {
      throw new AwsError('AuthorizationQueryParametersError', 'X-Amz-Expires must be less than a week (in seconds) that is 604800');
    }
    const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
    const signedAt = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
    const expires = signedAt + seconds * 1000;
    if (now > expires) throw expired({ 'X-Amz-Expires': amzExpires, Expires: isoSeconds(expires), ServerTime: isoSeconds(now) });
    return;
  }
  const v2Expires = query.get('Expires');
  if (query.get('AWSAccessKeyId') !== null && v2Expires !== null && /^\d+$/.test(v2Expires)) {
    const expires = Number(v2Expires) * 1000;
    if (now > expires) throw expired({ Expires: isoSeconds(expires), ServerTime: isoSeconds(now) });
  }
}

function expired(fields: Record<string, string>): AwsError {
  return new AwsError('AccessDenied', 'Request has expired', { status: 403, fields });
}

function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
