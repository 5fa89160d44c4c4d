import { ssmError } from '../errors.js';
import type { ParameterVersion } from '../store.js';

/** A parameter policy as stored: the caller's JSON text for each policy and what Kumo acts on. */
export interface StoredPolicy {
  type: 'Expiration' | 'ExpirationNotification' | 'NoChangeNotification';
  text: string;
  /** Expiration: when the parameter is deleted. */
  expiresMs?: number;
}

const TYPES = ['Expiration', 'ExpirationNotification', 'NoChangeNotification'] as const;
const UNITS = ['Days', 'Hours'];

const attributeError = (message: string) => ssmError('InvalidPolicyAttributeException', message);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses `Policies` (a JSON array of {Type, Version "1.0", Attributes}) as Parameter Store
 * checks it: known types (`InvalidPolicyTypeException`), at most one of each, an Expiration
 * `Timestamp` in the future, notification `Before`/`After` counts with `Days` or `Hours`
 * (`InvalidPolicyAttributeException`); ExpirationNotification needs an Expiration.
 */
export function parsePolicies(text: string, nowMs: number): StoredPolicy[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw attributeError('The policies are not valid JSON.');
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  if (list.length > 10) throw ssmError('PoliciesLimitExceededException', 'You specified more than the maximum number of allowed policies for the parameter. The maximum is 10.');
  const out: StoredPolicy[] = [];
  for (const policy of list) {
    if (!isObject(policy)) throw attributeError('A policy must be a JSON object with Type, Version and Attributes.');
    const type = policy.Type;
    if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
      throw ssmError('InvalidPolicyTypeException', `The policy type ${String(type)} is not supported. Supported types are Expiration, ExpirationNotification and NoChangeNotification.`);
    }
    if (out.some((p) => p.type === type)) throw attributeError(`The ${type} policy is specified more than once.`);
    if (policy.Version !== undefined && policy.Version !== '1.0') throw attributeError(`The policy version ${String(policy.Version)} is not supported. Use 1.0.`);
    const attributes = isObject(policy.Attributes) ? policy.Attributes : {};
    const stored: StoredPolicy = { type: type as StoredPolicy['type'], text: JSON.stringify(policy) };
    if (type === 'Expiration') {
      const at = typeof attributes.Timestamp === 'string' ? Date.parse(attributes.Timestamp) : NaN;
      if (!Number.isFinite(at)) throw attributeError('The Expiration policy needs a Timestamp attribute in ISO 8601 format, for example 2030-12-02T21:34:33.000Z.');
      if (at <= nowMs) throw attributeError('The Expiration policy Timestamp must be in the future.');
      stored.expiresMs = at;
    } else {
      const key = type === 'ExpirationNotification' ? 'Before' : 'After';
      const count = attributes[key];
      if (typeof count !== 'string' || !/^[1-9]\d*$/.test(count)) throw attributeError(`The ${type} policy needs a ${key} attribute with a positive whole number.`);
      if (attributes.Unit !== undefined && !UNITS.includes(String(attributes.Unit))) throw attributeError(`The ${type} policy Unit must be Days or Hours.`);
    }
    out.push(stored);
  }
  if (out.some((p) => p.type === 'ExpirationNotification') && !out.some((p) => p.type === 'Expiration')) {
    throw attributeError('An ExpirationNotification policy requires an Expiration policy on the same parameter.');
  }
  return out;
}

/** The `Policies` member of DescribeParameters and GetParameterHistory. */
export function policiesOutput(version: ParameterVersion): Array<{ PolicyText: string; PolicyType: string; PolicyStatus: string }> {
  return (version.policies ?? []).map((p) => ({ PolicyText: p.text, PolicyType: p.type, PolicyStatus: 'Pending' }));
}

/** The current version's expiry, if it has one. */
export function expiryOf(version: ParameterVersion | undefined): number | undefined {
  return version?.policies?.find((p) => p.type === 'Expiration')?.expiresMs;
}
