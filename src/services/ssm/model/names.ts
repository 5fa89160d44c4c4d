import { ssmError, validationException } from '../errors.js';

/** The rules PutParameter applies to names (AWS's messages). */
export function checkName(name: string): void {
  if (name.length < 1 || name.length > 1011) throw validationException(`Parameter name: ${name.length > 1011 ? 'exceeds 1011 characters' : 'is empty'}.`);
  const bare = name.startsWith('/') ? name.slice(1) : name;
  if (/^(aws|ssm)/i.test(bare)) throw validationException('Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive).');
  if (!/^[a-zA-Z0-9_.\-/]+$/.test(name)) {
    throw validationException('Parameter name must only contain letters, numbers, and the following symbols: .-_/');
  }
  if (name.includes('/') && !name.startsWith('/')) throw validationException('Parameter name must be a fully qualified name.');
  if (name.split('/').length - 1 > 15) {
    throw ssmError('HierarchyLevelLimitExceededException', 'Parameter name: hierarchy levels exceed the maximum of 15 levels.');
  }
}

export function parameterArn(region: string, accountId: string, name: string): string {
  return `arn:aws:ssm:${region}:${accountId}:parameter${name.startsWith('/') ? '' : '/'}${name}`;
}

/** `name`, `name:3` (version) or `name:label`. */
export function parseSelector(spec: string): { name: string; version?: number; label?: string; selector?: string } {
  const colon = spec.lastIndexOf(':');
  if (colon <= 0) return { name: spec };
  const name = spec.slice(0, colon);
  const sel = spec.slice(colon + 1);
  if (/^\d+$/.test(sel)) return { name, version: Number(sel), selector: `:${sel}` };
  return { name, label: sel, selector: `:${sel}` };
}

/** Label rules: at most 100 characters, not starting with a digit, `aws` or `ssm`, of [a-zA-Z0-9_.-]. */
export function validLabel(label: string): boolean {
  return label.length >= 1 && label.length <= 100 && /^[a-zA-Z0-9_.-]+$/.test(label) && !/^[0-9]/.test(label) && !/^(aws|ssm)/i.test(label);
}
