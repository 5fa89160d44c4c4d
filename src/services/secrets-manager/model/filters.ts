import { invalidParameter } from '../errors.js';
import type { SecretRow } from '../store.js';

export interface Filter {
  Key?: string;
  Values?: string[];
}

const KEYS = ['description', 'name', 'tag-key', 'tag-value', 'primary-region', 'owning-service', 'all'];

export function checkFilters(filters: Filter[] | undefined): Filter[] {
  for (const f of filters ?? []) {
    if (!f.Key || !KEYS.includes(f.Key)) throw invalidParameter(`Invalid filter key: ${f.Key ?? ''}`);
  }
  return filters ?? [];
}

/** What each filter key looks at, and whether it ignores case (AWS's rules for ListSecrets). */
function fieldsOf(row: SecretRow, key: string): { values: string[]; caseless: boolean } {
  switch (key) {
    case 'description':
      return { values: [row.description ?? ''], caseless: true };
    case 'name':
      return { values: [row.name], caseless: false };
    case 'tag-key':
      return { values: row.tags.map((t) => t.Key), caseless: false };
    case 'tag-value':
      return { values: row.tags.map((t) => t.Value), caseless: false };
    case 'primary-region':
      return { values: row.primaryRegion !== undefined ? [row.primaryRegion] : row.replicas?.length ? [row.arn.split(':')[3]] : [], caseless: false };
    case 'owning-service':
      return { values: [], caseless: false };
    default:
      return { values: [row.name, row.description ?? '', ...row.tags.flatMap((t) => [t.Key, t.Value])], caseless: true };
  }
}

/**
 * Values of one filter are ORed, filters ANDed; values are prefixes, `!` negates. `all` matches
 * any word of any attribute.
 */
export function matchesFilters(row: SecretRow, filters: Filter[]): boolean {
  return filters.every((filter) => {
    const { values, caseless } = fieldsOf(row, filter.Key!);
    const words = filter.Key === 'all' ? values.flatMap((v) => [v, ...v.split(/[\s/_+=.@-]+/)]) : values;
    const norm = (s: string) => (caseless ? s.toLowerCase() : s);
    const positive = (filter.Values ?? []).filter((v) => !v.startsWith('!'));
    const negative = (filter.Values ?? []).filter((v) => v.startsWith('!')).map((v) => v.slice(1));
    const hit = (prefix: string) => words.some((w) => norm(w).startsWith(norm(prefix)));
    if (negative.some(hit)) return false;
    return positive.length === 0 || positive.some(hit);
  });
}
