import { AwsError } from '../../../shared/aws-error.js';
import { XMLParser } from 'fast-xml-parser';
import { accessDenied, malformedXml } from '../errors.js';

/** The form fields a POST policy need not mention. */
const EXEMPT = new Set(['policy', 'x-amz-signature', 'signature', 'awsaccesskeyid', 'file']);

export interface LengthRange {
  min: number;
  max: number;
}

const invalid = (why: string) => new AwsError('AccessDenied', `Invalid according to Policy: ${why}`, { status: 403 });

/**
 * Checks a POST form against its base64 policy document: expiration on Kumo's clock, every
 * condition (exact, `eq`, `starts-with`, `content-length-range`) and no field left uncovered.
 * Returns the content-length-range to enforce while the file streams.
 */
export function checkPostPolicy(policyBase64: string, fields: ReadonlyMap<string, string>, names: readonly string[], nowMs: number): LengthRange | undefined {
  let policy: { expiration?: unknown; conditions?: unknown };
  try {
    policy = JSON.parse(Buffer.from(policyBase64, 'base64').toString('utf8')) as typeof policy;
  } catch {
    throw new AwsError('InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.');
  }
  if (typeof policy.expiration !== 'string') throw new AwsError('InvalidPolicyDocument', 'Invalid Policy: Policy missing expiration.');
  const expires = Date.parse(policy.expiration);
  if (Number.isNaN(expires)) throw new AwsError('InvalidPolicyDocument', 'Invalid Policy: Invalid \'expiration\' value: \'' + policy.expiration + '\'');
  if (expires < nowMs) throw invalid('Policy expired.');
  if (!Array.isArray(policy.conditions)) throw new AwsError('InvalidPolicyDocument', 'Invalid Policy: Policy missing conditions.');
  const covered = new Set<string>();
  let range: LengthRange | undefined;
  for (const condition of policy.conditions as unknown[]) {
    if (Array.isArray(condition)) {
      const [op, a, b] = condition as [unknown, unknown, unknown];
      const operator = String(op).toLowerCase();
      if (operator === 'content-length-range') {
        range = { min: Number(a), max: Number(b) };
        continue;
      }
      const field = String(a).replace(/^\$/, '').toLowerCase();
      covered.add(field);
      const value = fields.get(field) ?? '';
      const expected = String(b);
      const holds = operator === 'eq' ? value === expected : operator === 'starts-with' ? startsWith(field, value, expected) : false;
      if (!holds) throw invalid(`Policy Condition failed: [${condition.map((v) => JSON.stringify(v)).join(', ')}]`);
    } else if (condition && typeof condition === 'object') {
      for (const [name, expected] of Object.entries(condition)) {
        const field = name.toLowerCase();
        covered.add(field);
        if ((fields.get(field) ?? '') !== String(expected)) throw invalid(`Policy Condition failed: ["eq", "$${name}", ${JSON.stringify(expected)}]`);
      }
    } else {
      throw new AwsError('InvalidPolicyDocument', 'Invalid Policy: Invalid Condition.');
    }
  }
  const extra = names.filter((n) => {
    const name = n.toLowerCase();
    return !EXEMPT.has(name) && !name.startsWith('x-ignore-') && !covered.has(name) && name !== 'bucket';
  });
  if (extra.length > 0) throw invalid(`Extra input fields: ${extra.join(', ')}`);
  return range;
}

/** `starts-with` on Content-Type checks each comma-separated value, as S3 does. */
function startsWith(field: string, value: string, prefix: string): boolean {
  if (field === 'content-type') return value.split(',').every((v) => v.trim().startsWith(prefix));
  return value.startsWith(prefix);
}

/** A POST without a policy is anonymous: the signature fields make no sense without one. */
export function requireSignedFields(fields: ReadonlyMap<string, string>): void {
  const v4 = ['x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-signature'];
  const v2 = ['awsaccesskeyid', 'signature'];
  if (!v4.every((f) => fields.has(f)) && !v2.every((f) => fields.has(f))) throw accessDenied();
}

/** The form's `tagging` field, a Tagging XML document, as the x-amz-tagging query string PutObject takes. */
export function postTagging(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  let parsed: { Tagging?: { TagSet?: { Tag?: unknown } | '' } };
  try {
    parsed = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'Tag' }).parse(xml, true) as typeof parsed;
  } catch {
    throw malformedXml();
  }
  if (!parsed.Tagging || parsed.Tagging.TagSet === undefined) throw malformedXml();
  const tags = parsed.Tagging.TagSet === '' ? [] : (parsed.Tagging.TagSet.Tag ?? []);
  if (!Array.isArray(tags)) throw malformedXml();
  const query = new URLSearchParams();
  for (const tag of tags as Array<{ Key?: unknown; Value?: unknown }>) {
    if (typeof tag !== 'object' || tag === null || tag.Key === undefined) throw malformedXml();
    query.append(String(tag.Key), tag.Value === undefined || tag.Value === '' ? '' : String(tag.Value));
  }
  return query.toString();
}
