/**
 * IAM's wildcard matching: `*` any run of characters (including none), `?` exactly one.
 * Compiled patterns are cached, since the same policies are evaluated request after request.
 */
const cache = new Map<string, RegExp>();

export function wildcard(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  const cacheKey = (ignoreCase ? 'i' : 's') + pattern;
  let regex = cache.get(cacheKey);
  if (!regex) {
    const source = pattern.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '.*' : c === '?' ? '.' : `\\${c}`));
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 10_000) cache.clear();
    cache.set(cacheKey, regex);
  }
  return regex.test(value);
}

/** Actions match without regard to case (`s3:getobject` is `s3:GetObject`). */
export function actionMatches(pattern: string, action: string): boolean {
  return wildcard(pattern, action, true);
}

/**
 * ARNs match component by component (partition, service, region, account), and the resource
 * part as a whole, so `*` in the region cannot swallow the account.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const p = splitArn(pattern);
  const a = splitArn(arn);
  if (!p || !a) return wildcard(pattern, arn);
  for (let i = 0; i < 5; i++) if (!wildcard(p[i]!, a[i]!)) return false;
  return wildcard(p[5]!, a[5]!);
}

export function splitArn(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
