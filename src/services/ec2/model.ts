import { invalidFilter } from './errors.js';
import { findRegion, regions } from './regions.js';

export interface Filter {
  Name?: string;
  Values?: string[];
}

export interface Region {
  Endpoint: string;
  RegionName: string;
  OptInStatus: 'opt-in-not-required' | 'opted-in' | 'not-opted-in';
}

export interface AvailabilityZone {
  State: string;
  OptInStatus: string;
  Messages: Array<{ Message: string }>;
  RegionName: string;
  ZoneName: string;
  ZoneId: string;
  GroupName: string;
  NetworkBorderGroup: string;
  ZoneType: string;
}

/** Every commercial region, with the opt-in status a fresh account sees. */
export function allRegions(): Region[] {
  return regions.map((r) => ({
    Endpoint: `ec2.${r.name}.amazonaws.com`,
    RegionName: r.name,
    OptInStatus: r.optIn ? 'not-opted-in' : 'opt-in-not-required',
  }));
}

const directions: Record<string, string> = {
  north: 'n', south: 's', east: 'e', west: 'w', central: 'c',
  northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw', gov: 'g',
};

/**
 * AWS's zone-id prefix for a region (`us-east-1` -> `use1`, `ap-southeast-2` -> `apse2`): the
 * country code, then each word's direction abbreviation, then the number.
 */
export function zoneIdPrefix(region: string): string | undefined {
  const parts = region.split('-');
  if (parts.length < 3 || !/^[a-z]{2}$/.test(parts[0]) || !/^\d+$/.test(parts[parts.length - 1])) return undefined;
  const middle = parts.slice(1, -1).map((word) => directions[word]);
  if (middle.some((m) => m === undefined)) return undefined;
  return parts[0] + middle.join('') + parts[parts.length - 1];
}

/**
 * The zones of a region. A region Kumo does not list (a GovCloud or China region, or one AWS
 * opened after this table) still gets zones a, b and c when its name reads like a region, so
 * clients pointed at it keep working.
 */
export function zonesOf(region: string): AvailabilityZone[] {
  const prefix = zoneIdPrefix(region);
  if (!prefix) return [];
  const zones = findRegion(region)?.zones ?? [['a', 1], ['b', 2], ['c', 3]];
  return zones.map(([letter, id]) => ({
    State: 'available',
    OptInStatus: 'opt-in-not-required',
    Messages: [],
    RegionName: region,
    ZoneName: `${region}${letter}`,
    ZoneId: `${prefix}-az${id}`,
    GroupName: `${region}-zg-1`,
    NetworkBorderGroup: region,
    ZoneType: 'availability-zone',
  }));
}

/** An EC2 filter value: `*` any run, `?` one character, backslash escapes the next one. */
export function wildcardPattern(value: string): RegExp {
  let source = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && i + 1 < value.length) source += escapeRegExp(value[++i]);
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Applies EC2 filters: values of one filter are ORed, filters are ANDed. A filter name the
 * operation does not know is rejected as AWS does. `fields` gives each known filter's values
 * for an item (an item matches when any of them matches).
 */
export function applyFilters<T>(
  items: T[],
  filters: Filter[] | undefined,
  fields: Record<string, (item: T) => string[]>,
): T[] {
  if (!filters || filters.length === 0) return items;
  const tests = filters.map((filter) => {
    const name = filter.Name ?? '';
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!field) throw invalidFilter(name);
    const patterns = (filter.Values ?? []).map(wildcardPattern);
    return (item: T) => patterns.length === 0 || field(item).some((v) => patterns.some((p) => p.test(v)));
  });
  return items.filter((item) => tests.every((t) => t(item)));
}
