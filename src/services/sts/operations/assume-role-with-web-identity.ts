import type { OperationContext } from '../../define-service.js';
import { expiredToken, invalidIdentityToken } from '../errors.js';
import { assumedRoleUser, checkRoleDuration, targetRole, roleSessionRow } from '../roles.js';
import { checkSessionName, checkSessionPolicy, issue } from '../sessions.js';

interface WebIdentityInput {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  ProviderId?: string;
  PolicyArns?: Array<{ arn?: string }>;
  Policy?: string;
  DurationSeconds?: number;
}

export interface WebIdentityClaims {
  iss: string;
  sub: string;
  aud: string;
  exp?: number;
  amr?: unknown;
}

/**
 * Reads an OIDC token's claims. Kumo does not fetch the provider's keys, so the signature
 * is not verified; the token's shape, issuer, audience and expiry are.
 */
export function webIdentityClaims(token: string | undefined, now: number): WebIdentityClaims {
  const parts = (token ?? '').split('.');
  let payload: Record<string, unknown> | undefined;
  if (parts.length === 3) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null) payload = parsed as Record<string, unknown>;
    } catch {
      payload = undefined;
    }
  }
  if (!payload) throw invalidIdentityToken('The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)');
  const aud = Array.isArray(payload.aud) ? String(payload.aud[0] ?? '') : String(payload.aud ?? payload.azp ?? '');
  const exp = typeof payload.exp === 'number' ? payload.exp : undefined;
  if (exp !== undefined && exp * 1000 <= now) {
    throw expiredToken(`Token expired: current date/time ${Math.floor(now / 1000)} must be before the expiration date/time ${exp}`);
  }
  if (typeof payload.iss !== 'string') throw invalidIdentityToken('Missing a required claim: iss');
  return { iss: payload.iss.replace(/^https:\/\//, ''), sub: String(payload.sub ?? ''), aud, exp, amr: payload.amr };
}

export function assumeRoleWithWebIdentity(input: WebIdentityInput, ctx: OperationContext) {
  const role = targetRole(ctx, input.RoleArn);
  const sessionName = checkSessionName('RoleSessionName', input.RoleSessionName, 2, 64);
  const claims = webIdentityClaims(input.WebIdentityToken, ctx.clock.now());
  const duration = checkRoleDuration(input.DurationSeconds, role, false);
  const packed = checkSessionPolicy(input);
  const user = assumedRoleUser(role, sessionName);
  const provider = input.ProviderId ?? claims.iss;
  const Credentials = issue(ctx, duration, {
    ...roleSessionRow(role, user, sessionName, input),
    federatedProvider: provider,
  });
  return {
    Credentials,
    SubjectFromWebIdentityToken: claims.sub,
    AssumedRoleUser: user,
    PackedPolicySize: packed,
    Provider: provider,
    Audience: claims.aud,
  };
}
