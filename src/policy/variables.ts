import type { RequestContext } from './request-context.js';

/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${s3:prefix, 'home/'}`)
 * replaced from the request context. Only documents with Version 2012-10-17 have variables;
 * older ones read `${...}` literally. A variable with no value and no default leaves the
 * element unmatchable, as AWS does, which `undefined` signals.
 */
const VARIABLE = /\$\{([^}]*)\}/g;
const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' };

export function substituteVariables(text: string, context: RequestContext, version: string | undefined): string | undefined {
  if (version !== '2012-10-17' || !text.includes('${')) return text;
  let missing = false;
  const result = text.replace(VARIABLE, (_whole, body: string) => {
    const special = SPECIAL[body];
    if (special !== undefined) return special;
    const [name, fallback] = splitDefault(body);
    const values = lookupKey(context, name);
    if (values && values.length === 1) return values[0]!;
    if (fallback !== undefined) return fallback;
    missing = true;
    return '';
  });
  return missing ? undefined : result;
}

function splitDefault(body: string): [string, string | undefined] {
  const comma = body.indexOf(',');
  if (comma < 0) return [body.trim(), undefined];
  const fallback = body.slice(comma + 1).trim();
  const quoted = /^'(.*)'$/.exec(fallback);
  return [body.slice(0, comma).trim(), quoted ? quoted[1] : fallback];
}

/** Condition keys are case-insensitive; tag keys after the slash keep their case in AWS, but lookups here ignore it too. */
export function lookupKey(context: RequestContext, key: string): string[] | undefined {
  const direct = context.keys[key];
  if (direct !== undefined) return direct;
  const lower = key.toLowerCase();
  for (const [name, values] of Object.entries(context.keys)) if (name.toLowerCase() === lower) return values;
  return undefined;
}
