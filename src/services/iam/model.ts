import type { OperationContext } from '../define-service.js';
import { parsePolicyDocument, PolicyGrammarError, type PolicyDocument, type PolicyKind } from '../../policy/index.js';
import { constraintViolation, invalidInput, limitExceeded, malformedPolicyDocument, noSuchEntity } from './errors.js';
import type { Tag } from './store.js';

/** IAM's shared rules: names, paths, documents, tags and marker pagination. */

export const NAME_PATTERN = /^[\w+=,.@-]+$/;

export function validateName(member: string, value: string | undefined, max: number): string {
  if (value === undefined || value === null) throw constraintViolation(member, undefined, 'Member must not be null');
  if (value.length < 1 || value.length > max) {
    throw constraintViolation(member, value, `Member must have length ${value.length < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`);
  }
  if (!NAME_PATTERN.test(value)) throw constraintViolation(member, value, 'Member must satisfy regular expression pattern: [\\w+=,.@-]+');
  return value;
}

export function validatePath(path: string | undefined, member = 'Path'): string {
  const value = path ?? '/';
  if (value.length > 512) throw constraintViolation(member, value, 'Member must have length less than or equal to 512');
  if (!/^\/([\x21-\x7e]*\/)?$/.test(value)) {
    throw constraintViolation(member, value, 'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)');
  }
  return value;
}

export function keyOf(name: string): string {
  return name.toLowerCase();
}

export function iamArn(ctx: OperationContext, kind: string, path: string, name: string): string {
  return `arn:aws:iam::${ctx.accountId}:${kind}${path}${name}`;
}

/** Parses a document for its grammar and size; the text is kept as the caller sent it. */
export function checkDocument(text: string | undefined, kind: PolicyKind, quota?: { name: string; max: number }): PolicyDocument {
  if (text === undefined) throw constraintViolation('PolicyDocument', undefined, 'Member must not be null');
  if (quota && text.replace(/\s+/g, '').length > quota.max) throw limitExceeded(`Cannot exceed quota for ${quota.name}: ${quota.max}`);
  try {
    return parsePolicyDocument(text, kind);
  } catch (error) {
    if (error instanceof PolicyGrammarError) throw malformedPolicyDocument(error.message);
    throw error;
  }
}

/** IAM returns policy documents URL-encoded (RFC 3986); boto3 decodes them, SDK v3 leaves that to the caller. */
export function encodeDocument(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function validateTags(tags: Tag[] | undefined, existing: Tag[] = []): Tag[] {
  const merged = new Map(existing.map((t) => [t.Key, t.Value]));
  for (const tag of tags ?? []) {
    if (!tag.Key || tag.Key.length > 128) throw constraintViolation('tags.member.key', tag.Key, 'Member must have length less than or equal to 128');
    if ((tag.Value ?? '').length > 256) throw constraintViolation('tags.member.value', tag.Value, 'Member must have length less than or equal to 256');
    if (tag.Key.toLowerCase().startsWith('aws:')) throw invalidInput('User-defined tag keys can\'t start with "aws:". This prefix is reserved for AWS tags.');
    merged.set(tag.Key, tag.Value ?? '');
  }
  if (merged.size > 50) throw limitExceeded('The number of tags has reached the maximum limit.');
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}

export function removeTags(tags: Tag[], keys: string[] | undefined): Tag[] {
  const drop = new Set(keys ?? []);
  return tags.filter((t) => !drop.has(t.Key));
}

export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  Marker?: string;
}

/**
 * IAM's marker pagination over an already sorted list: the marker is the position of the
 * next item, opaque to clients. MaxItems defaults to 100 and must be 1..1000.
 */
export function paginate<T>(items: T[], marker: string | undefined, maxItems: number | undefined): Page<T> {
  if (maxItems !== undefined && (maxItems < 1 || maxItems > 1000)) {
    throw constraintViolation('MaxItems', maxItems, `Member must have value ${maxItems < 1 ? 'greater than or equal to 1' : 'less than or equal to 1000'}`);
  }
  let start = 0;
  if (marker !== undefined) {
    const decoded = Number(Buffer.from(marker, 'base64').toString('utf8').replace(/^kumo:/, ''));
    if (!Number.isInteger(decoded) || decoded < 0) throw invalidInput('Invalid Marker.');
    start = decoded;
  }
  const limit = maxItems ?? 100;
  const page = items.slice(start, start + limit);
  const next = start + limit;
  return next < items.length
    ? { items: page, IsTruncated: true, Marker: Buffer.from(`kumo:${next}`).toString('base64') }
    : { items: page, IsTruncated: false };
}

export function matchesPathPrefix(path: string, prefix: string | undefined): boolean {
  return prefix === undefined || path.startsWith(prefix);
}

export function byName<T>(field: keyof T): (a: T, b: T) => number {
  return (a, b) => String(a[field]).toLowerCase().localeCompare(String(b[field]).toLowerCase());
}

export function mustGet<T>(row: T | undefined, message: string): T {
  if (row === undefined) throw noSuchEntity(message);
  return row;
}

export function date(ms: number): Date {
  return new Date(ms);
}
