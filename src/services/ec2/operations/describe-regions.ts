import type { OperationContext } from '../../define-service.js';
import { dryRunOperation, invalidParameterValue } from '../errors.js';
import { allRegions, applyFilters, type Filter, type Region } from '../model.js';

export interface DescribeRegionsRequest {
  Filters?: Filter[];
  RegionNames?: string[];
  DryRun?: boolean;
  AllRegions?: boolean;
}

export interface DescribeRegionsResult {
  Regions: Region[];
}

export function describeRegions(input: DescribeRegionsRequest, _ctx: OperationContext): DescribeRegionsResult {
  if (input.DryRun) throw dryRunOperation();
  const known = allRegions();
  let selected: Region[];
  if (input.RegionNames && input.RegionNames.length > 0) {
    const unknown = input.RegionNames.filter((name) => !known.some((r) => r.RegionName === name));
    if (unknown.length > 0) throw invalidParameterValue(`Invalid region: [${unknown.join(', ')}]`);
    // Naming a region shows it whatever its opt-in status, as AllRegions would.
    selected = known.filter((r) => input.RegionNames!.includes(r.RegionName));
  } else {
    selected = input.AllRegions ? known : known.filter((r) => r.OptInStatus !== 'not-opted-in');
  }
  const Regions = applyFilters(selected, input.Filters, {
    endpoint: (r) => [r.Endpoint],
    'opt-in-status': (r) => [r.OptInStatus],
    'region-name': (r) => [r.RegionName],
  });
  return { Regions };
}
