import { ssmError } from '../errors.js';
import type { ParameterRow, ParameterVersion } from '../store.js';

export interface ParameterStringFilter {
  Key?: string;
  Option?: string;
  Values?: string[];
}

const DESCRIBE_KEYS = ['Name', 'Path', 'Type', 'KeyId', 'Label', 'Tier', 'DataType'];
const BY_PATH_KEYS = ['Type', 'KeyId', 'Label'];

/** Filter keys and options as AWS allows them for DescribeParameters or GetParametersByPath. */
export function checkParameterFilters(filters: ParameterStringFilter[] | undefined, byPath: boolean): ParameterStringFilter[] {
  for (const f of filters ?? []) {
    const key = f.Key ?? '';
    const tag = key.startsWith('tag:');
    if (!tag && !(byPath ? BY_PATH_KEYS : DESCRIBE_KEYS).includes(key)) {
      throw ssmError('InvalidFilterKey', byPath ? `The following filter key is not valid: ${key}. Valid filter keys include: [Type, KeyId, Label].` : `The following filter key is not valid: ${key}.`);
    }
    const option = f.Option ?? 'Equals';
    const options = key === 'Path' ? ['Recursive', 'OneLevel'] : key === 'Name' || tag ? ['Equals', 'BeginsWith', 'Contains'] : key === 'Label' ? ['Equals'] : ['Equals', 'BeginsWith'];
    if (!options.includes(option)) throw ssmError('InvalidFilterOption', `The following filter option is not valid: ${option}. Valid options include: [${options.join(', ')}].`);
    if (key !== 'Path' && key !== 'Label' && !tag && (f.Values ?? []).length === 0) throw ssmError('InvalidFilterValue', `The following filter values are missing : null for filter key ${key}.`);
  }
  return filters ?? [];
}

function matchOne(candidate: string | undefined, option: string, value: string): boolean {
  if (candidate === undefined) return false;
  if (option === 'BeginsWith') return candidate.startsWith(value);
  if (option === 'Contains') return candidate.includes(value);
  return candidate === value;
}

function underPath(name: string, path: string, recursive: boolean): boolean {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  if (!name.startsWith(prefix)) return false;
  return recursive || !name.slice(prefix.length).includes('/');
}

/** Whether the parameter (at this version) passes every filter; values of one filter are ORed. */
export function matchesParameterFilters(row: ParameterRow, version: ParameterVersion, filters: ParameterStringFilter[]): boolean {
  return filters.every((f) => {
    const option = f.Option ?? 'Equals';
    const values = f.Values ?? [];
    const key = f.Key!;
    if (key === 'Path') return values.some((p) => underPath(row.name, p, option === 'Recursive'));
    if (key === 'Label') return row.versions.some((v) => v.labels.some((l) => values.includes(l)));
    if (key.startsWith('tag:')) {
      const tag = row.tags.find((t) => t.Key === key.slice(4));
      return tag !== undefined && (values.length === 0 || values.some((v) => matchOne(tag.Value, option, v)));
    }
    const field = key === 'Name' ? row.name : key === 'Type' ? version.type : key === 'KeyId' ? version.keyId : key === 'Tier' ? version.tier : version.dataType;
    // Name filters match with or without the leading slash, as AWS does.
    return values.some((v) => matchOne(field, option, v) || (key === 'Name' && matchOne(field, option, v.startsWith('/') ? v : `/${v}`)));
  });
}

export { underPath };
