import { parsePolicyDocument, PolicyGrammarError } from '../../policy/index.js';
import type { OperationContext } from '../define-service.js';
import { accessKeyId, globalCredentials, secretAccessKey, sessionToken, type CredentialRow } from '../iam/index.js';
import { constraintViolation, malformedPolicyDocument, packedPolicyTooLarge } from './errors.js';

/**
 * Issuing temporary credentials: an ASIA key, a secret and a session token, indexed with
 * the principal they act as, so Kumo recognises them on later requests until they expire
 * on Kumo's clock.
 */
export interface Tag {
  Key: string;
  Value: string;
}

export interface SessionInputs {
  Policy?: string;
  PolicyArns?: Array<{ arn?: string }>;
  Tags?: Tag[];
}

export const SESSION_NAME = /^[\w+=,.@-]*$/;

export function checkSessionName(member: string, value: string | undefined, min: number, max: number): string {
  if (value === undefined) throw constraintViolation(member, undefined, 'Member must not be null');
  if (value.length < min) throw constraintViolation(member, value, `Member must have length greater than or equal to ${min}`);
  if (value.length > max) throw constraintViolation(member, value, `Member must have length less than or equal to ${max}`);
  if (!SESSION_NAME.test(value)) throw constraintViolation(member, value, 'Member must satisfy regular expression pattern: [\\w+=,.@-]*');
  return value;
}

export function checkDuration(value: number | undefined, fallback: number, max: number): number {
  const duration = value ?? fallback;
  if (duration < 900) throw constraintViolation('DurationSeconds', duration, 'Member must have value greater than or equal to 900');
  if (duration > max) throw constraintViolation('DurationSeconds', duration, `Member must have value less than or equal to ${max}`);
  return duration;
}

/** Session policies are checked like identity policies, and must fit AWS's packed size. */
export function checkSessionPolicy(input: SessionInputs): number | undefined {
  if (input.Policy !== undefined) {
    try {
      parsePolicyDocument(input.Policy, 'identity');
    } catch (error) {
      if (error instanceof PolicyGrammarError) throw malformedPolicyDocument(error.message);
      throw error;
    }
  }
  if ((input.PolicyArns ?? []).length > 10) throw constraintViolation('PolicyArns', '[...]', 'Member must have length less than or equal to 10');
  if ((input.Tags ?? []).length > 50) throw constraintViolation('Tags', '[...]', 'Member must have length less than or equal to 50');
  if (input.Policy === undefined && !input.PolicyArns?.length && !input.Tags?.length) return undefined;
  // AWS compresses session policies and tags into a packed form limited to 2048 bytes, and
  // reports how full it is; Kumo measures the whitespace-free text the same way.
  const packed =
    (input.Policy ?? '').replace(/\s+/g, '').length +
    (input.PolicyArns ?? []).reduce((n, p) => n + (p.arn ?? '').length, 0) +
    (input.Tags ?? []).reduce((n, t) => n + t.Key.length + t.Value.length, 0);
  const percent = Math.ceil((packed * 100) / 2048 / 2);
  if (percent > 100) {
    throw packedPolicyTooLarge(`Packed size of consumed sessions policies and session tags exceeds limit (${percent}%).`);
  }
  return percent;
}

export interface IssuedCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

export function issue(ctx: OperationContext, durationSeconds: number, row: Omit<CredentialRow, 'secretAccessKey' | 'sessionToken' | 'expiresAt' | 'issuedAt'>): IssuedCredentials {
  const now = ctx.clock.now();
  const id = accessKeyId('ASIA', row.accountId);
  const secret = secretAccessKey();
  const token = sessionToken();
  const expiresAt = now + durationSeconds * 1000;
  globalCredentials(ctx.store).put(id, { ...row, secretAccessKey: secret, sessionToken: token, expiresAt, issuedAt: now });
  // AWS's expirations are whole seconds.
  return { AccessKeyId: id, SecretAccessKey: secret, SessionToken: token, Expiration: new Date(Math.floor(expiresAt / 1000) * 1000) };
}

/** The credential row behind the caller, when Kumo issued its key. */
export function callerCredential(ctx: OperationContext): CredentialRow | undefined {
  const id = ctx.caller.accessKeyId;
  return id.length === 20 ? globalCredentials(ctx.store).get(id) : undefined;
}
