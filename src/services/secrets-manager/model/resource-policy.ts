import { malformedPolicy, required } from '../errors.js';

/** A resource policy must be a JSON object with a Statement, at most 20 KB. */
export function checkPolicy(policy: unknown): string {
  required(policy, 'resourcePolicy');
  const text = String(policy);
  if (text.length > 20480) throw malformedPolicy('The resource policy is larger than 20480 characters.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformedPolicy('This resource policy contains a syntax error.');
  }
  if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) throw malformedPolicy('This resource policy contains a syntax error.');
  return text;
}
