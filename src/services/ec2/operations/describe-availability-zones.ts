import type { OperationContext } from '../../define-service.js';
import { dryRunOperation, invalidParameterValue } from '../errors.js';
import { applyFilters, zonesOf, type AvailabilityZone, type Filter } from '../model.js';

export interface DescribeAvailabilityZonesRequest {
  Filters?: Filter[];
  ZoneNames?: string[];
  ZoneIds?: string[];
  AllAvailabilityZones?: boolean;
  DryRun?: boolean;
}

export interface DescribeAvailabilityZonesResult {
  AvailabilityZones: AvailabilityZone[];
}

/** Zones of the request's region. Kumo has no Local or Wavelength Zones, so AllAvailabilityZones adds none. */
export function describeAvailabilityZones(
  input: DescribeAvailabilityZonesRequest,
  ctx: OperationContext,
): DescribeAvailabilityZonesResult {
  if (input.DryRun) throw dryRunOperation();
  let zones = zonesOf(ctx.region);
  const names = input.ZoneNames ?? [];
  const ids = input.ZoneIds ?? [];
  if (names.length > 0 || ids.length > 0) {
    const badNames = names.filter((n) => !zones.some((z) => z.ZoneName === n));
    if (badNames.length > 0) throw invalidParameterValue(`Invalid availability zone: [${badNames.join(', ')}]`);
    const badIds = ids.filter((id) => !zones.some((z) => z.ZoneId === id));
    if (badIds.length > 0) throw invalidParameterValue(`Invalid availability zone ID: [${badIds.join(', ')}]`);
    zones = zones.filter((z) => names.includes(z.ZoneName) || ids.includes(z.ZoneId));
  }
  const AvailabilityZones = applyFilters(zones, input.Filters, {
    'group-name': (z) => [z.GroupName],
    'group-long-name': () => [],
    message: (z) => z.Messages.map((m) => m.Message),
    'network-border-group': (z) => [z.NetworkBorderGroup],
    'opt-in-status': (z) => [z.OptInStatus],
    'parent-zone-id': () => [],
    'parent-zone-name': () => [],
    'region-name': (z) => [z.RegionName],
    state: (z) => [z.State],
    'zone-id': (z) => [z.ZoneId],
    'zone-name': (z) => [z.ZoneName],
    'zone-type': (z) => [z.ZoneType],
  });
  return { AvailabilityZones };
}
