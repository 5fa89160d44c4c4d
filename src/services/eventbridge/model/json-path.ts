/**
 * The JSONPath subset EventBridge evaluates in InputPath and InputPathsMap: `$`, dot and
 * bracket members (`$.detail.a-b`, `$['x']`), array indexes and `*` wildcards.
 */
export function jsonPath(root: unknown, path: string): unknown {
  if (!path.startsWith('$')) return undefined;
  const steps = parseSteps(path.slice(1));
  if (!steps) return undefined;
  let values: unknown[] = [root];
  let wildcard = false;
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of values) {
      if (step === '*') {
        wildcard = true;
        if (Array.isArray(value)) next.push(...value);
        else if (value && typeof value === 'object') next.push(...Object.values(value));
      } else if (typeof step === 'number') {
        if (Array.isArray(value) && step < value.length) next.push(value[step]);
      } else if (value && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, step)) {
        next.push((value as Record<string, unknown>)[step]);
      }
    }
    values = next;
  }
  return wildcard ? values : values[0];
}

function parseSteps(rest: string): Array<string | number> | undefined {
  const steps: Array<string | number> = [];
  let i = 0;
  while (i < rest.length) {
    if (rest[i] === '.') {
      const m = /^[^.[\]]+/.exec(rest.slice(i + 1));
      if (!m) return undefined;
      steps.push(m[0]);
      i += 1 + m[0].length;
    } else if (rest[i] === '[') {
      const m = /^\[(?:(\d+)|\*|'([^']*)'|"([^"]*)")\]/.exec(rest.slice(i));
      if (!m) return undefined;
      steps.push(m[1] !== undefined ? Number(m[1]) : m[2] ?? m[3] ?? '*');
      i += m[0].length;
    } else {
      return undefined;
    }
  }
  return steps;
}
