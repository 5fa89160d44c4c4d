import { inRange, type IpRange } from './ip-range.js';

/** One value test of a compiled pattern (the array after a field name is a list of these, ORed). */
export type Matcher =
  | { kind: 'exact'; value: string | number | boolean | null }
  | { kind: 'ip'; range: IpRange }
  | { kind: 'prefix' | 'suffix' | 'equals-ignore-case' | 'prefix-ignore-case' | 'suffix-ignore-case'; value: string }
  | { kind: 'wildcard'; regex: RegExp }
  | { kind: 'anything-but'; strings: string[]; numbers: number[] }
  | { kind: 'anything-but-prefix' | 'anything-but-suffix' | 'anything-but-ignore-case'; values: string[] }
  | { kind: 'anything-but-wildcard'; regexes: RegExp[] }
  | { kind: 'numeric'; low?: number; lowOpen?: boolean; high?: number; highOpen?: boolean }
  | { kind: 'exists'; exists: boolean };

export type Scalar = string | number | boolean | null;

const lower = (s: string) => s.toLowerCase();

/** Whether one present leaf value of the event satisfies a matcher (exists is decided by the caller). */
export function matchesValue(matcher: Matcher, value: Scalar): boolean {
  switch (matcher.kind) {
    case 'exact':
      return value === matcher.value;
    case 'ip':
      return typeof value === 'string' && inRange(matcher.range, value);
    case 'prefix':
      return typeof value === 'string' && value.startsWith(matcher.value);
    case 'suffix':
      return typeof value === 'string' && value.endsWith(matcher.value);
    case 'equals-ignore-case':
      return typeof value === 'string' && lower(value) === lower(matcher.value);
    case 'prefix-ignore-case':
      return typeof value === 'string' && lower(value).startsWith(lower(matcher.value));
    case 'suffix-ignore-case':
      return typeof value === 'string' && lower(value).endsWith(lower(matcher.value));
    case 'wildcard':
      return typeof value === 'string' && matcher.regex.test(value);
    case 'anything-but':
      if (typeof value === 'string') return !matcher.strings.includes(value);
      if (typeof value === 'number') return !matcher.numbers.includes(value);
      return true;
    case 'anything-but-prefix':
      return typeof value !== 'string' || !matcher.values.some((p) => value.startsWith(p));
    case 'anything-but-suffix':
      return typeof value !== 'string' || !matcher.values.some((s) => value.endsWith(s));
    case 'anything-but-ignore-case':
      return typeof value !== 'string' || !matcher.values.some((v) => lower(v) === lower(value));
    case 'anything-but-wildcard':
      return typeof value !== 'string' || !matcher.regexes.some((r) => r.test(value));
    case 'numeric': {
      if (typeof value !== 'number') return false;
      if (matcher.low !== undefined && (matcher.lowOpen ? value <= matcher.low : value < matcher.low)) return false;
      if (matcher.high !== undefined && (matcher.highOpen ? value >= matcher.high : value > matcher.high)) return false;
      return true;
    }
    case 'exists':
      return matcher.exists;
  }
}

/** `*` matches any run of characters; `\*` and `\\` are a literal star and backslash. */
export function wildcardRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') source += '.*';
    else if (ch === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) source += escapeRegex(pattern[++i]!);
    else source += escapeRegex(ch);
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
