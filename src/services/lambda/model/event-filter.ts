import { invalidParameterValue } from '../errors.js';

/**
 * Lambda's event filtering (FilterCriteria): EventBridge-style patterns. A record passes when
 * any filter matches; a pattern matches when every key's rule matches the record's value.
 * Supported rules: literal values (strings, numbers, booleans, null), `prefix`, `suffix`,
 * `equals-ignore-case`, `anything-but` (values or `{prefix}`), `numeric`, `exists`, `wildcard`.
 */
export type FilterPattern = { [key: string]: FilterPattern | unknown[] };

export function parseFilterPatterns(filters: ReadonlyArray<{ Pattern?: string }> | undefined): FilterPattern[] {
  if (!filters) return [];
  if (filters.length > 5) throw invalidParameterValue('The maximum number of filters for an event source mapping is 5.');
  return filters.map((filter) => {
    let value: unknown;
    try {
      value = JSON.parse(filter.Pattern ?? '');
    } catch {
      throw invalidPattern();
    }
    if (!checkPattern(value)) throw invalidPattern();
    return value as FilterPattern;
  });
}

function invalidPattern() {
  return invalidParameterValue('Invalid filter pattern definition.');
}

function checkPattern(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((rule) => (Array.isArray(rule) ? rule.length > 0 && rule.every(checkMatcher) : checkPattern(rule)));
}

function checkMatcher(matcher: unknown): boolean {
  if (matcher === null || ['string', 'number', 'boolean'].includes(typeof matcher)) return true;
  if (typeof matcher !== 'object' || Array.isArray(matcher)) return false;
  const keys = Object.keys(matcher);
  if (keys.length !== 1) return false;
  const [op] = keys as [string];
  const arg = (matcher as Record<string, unknown>)[op];
  switch (op) {
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
    case 'wildcard':
      return typeof arg === 'string' || (op !== 'wildcard' && op !== 'equals-ignore-case' && typeof arg === 'object' && arg !== null && typeof (arg as Record<string, unknown>)['equals-ignore-case'] === 'string');
    case 'exists':
      return typeof arg === 'boolean';
    case 'numeric':
      return Array.isArray(arg) && arg.length >= 2 && arg.length % 2 === 0 && arg.every((x, i) => (i % 2 === 0 ? ['<', '<=', '=', '>', '>='].includes(String(x)) : typeof x === 'number'));
    case 'anything-but':
      return true;
    default:
      return false;
  }
}

/** Whether the record passes any of the patterns (no patterns: everything passes). */
export function matchesAnyFilter(patterns: readonly FilterPattern[], record: unknown): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matchesPattern(pattern, record));
}

function matchesPattern(pattern: FilterPattern, value: unknown): boolean {
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  return Object.entries(pattern).every(([key, rule]) => {
    const present = object !== undefined && key in object;
    const field = object?.[key];
    if (!Array.isArray(rule)) return present && matchesPattern(rule, field);
    return rule.some((matcher) => matchesRule(matcher, present, field));
  });
}

function matchesRule(matcher: unknown, present: boolean, field: unknown): boolean {
  if (typeof matcher === 'object' && matcher !== null && 'exists' in matcher) {
    return (matcher as { exists: boolean }).exists === (present && field !== undefined);
  }
  if (!present) return false;
  const values = Array.isArray(field) ? field : [field];
  if (typeof matcher === 'object' && matcher !== null && 'anything-but' in matcher) {
    // anything-but holds only when no value of the field is excluded.
    return values.length > 0 && values.every((v) => !matchesAnythingButTarget((matcher as Record<string, unknown>)['anything-but'], v));
  }
  return values.some((v) => matchesValue(matcher, v));
}

function matchesAnythingButTarget(arg: unknown, value: unknown): boolean {
  if (Array.isArray(arg)) return arg.some((a) => a === value);
  if (typeof arg === 'object' && arg !== null) return matchesValue(arg, value);
  return arg === value;
}

function matchesValue(matcher: unknown, value: unknown): boolean {
  if (matcher === null || typeof matcher !== 'object') return matcher === value;
  const [op, arg] = Object.entries(matcher as Record<string, unknown>)[0]!;
  const text = typeof value === 'string' ? value : undefined;
  switch (op) {
    case 'prefix':
      if (typeof arg === 'object' && arg !== null) return text !== undefined && text.toLowerCase().startsWith(String((arg as Record<string, unknown>)['equals-ignore-case']).toLowerCase());
      return text !== undefined && text.startsWith(String(arg));
    case 'suffix':
      if (typeof arg === 'object' && arg !== null) return text !== undefined && text.toLowerCase().endsWith(String((arg as Record<string, unknown>)['equals-ignore-case']).toLowerCase());
      return text !== undefined && text.endsWith(String(arg));
    case 'equals-ignore-case':
      return text !== undefined && text.toLowerCase() === String(arg).toLowerCase();
    case 'wildcard':
      return text !== undefined && new RegExp(`^${String(arg).split('*').map(escapeRegex).join('.*')}$`, 's').test(text);
    case 'numeric':
      return typeof value === 'number' && matchesNumeric(arg as unknown[], value);
    default:
      return false;
  }
}

function matchesNumeric(conditions: unknown[], value: number): boolean {
  for (let i = 0; i < conditions.length; i += 2) {
    const bound = conditions[i + 1] as number;
    const ok = { '<': value < bound, '<=': value <= bound, '=': value === bound, '>': value > bound, '>=': value >= bound }[String(conditions[i]) as '<'];
    if (!ok) return false;
  }
  return true;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
