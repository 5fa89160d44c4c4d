/**
 * AWS's commercial partition (`aws`) as of early 2026, with each region's Availability Zones.
 * Regions launched after March 2019 are disabled until an account opts in; Kumo's accounts
 * have not opted in to any, as a fresh AWS account has not.
 *
 * Zone names to zone ids are mapped per account on AWS (us-east-1a is not the same building for
 * every account). Kumo uses one fixed mapping for all accounts: the one most accounts created
 * today see where that is known (ap-northeast-1, ca-central-1, eu-central-1, eu-west-2,
 * us-west-1, ...), otherwise letter n to az<n>.
 */
export interface RegionInfo {
  readonly name: string;
  readonly optIn: boolean;
  /** [zone letter, zone id number] pairs, in zone-name order. */
  readonly zones: ReadonlyArray<readonly [string, number]>;
}

const abc = [['a', 1], ['b', 2], ['c', 3]] as const;

export const regions: readonly RegionInfo[] = [
  { name: 'af-south-1', optIn: true, zones: abc },
  { name: 'ap-east-1', optIn: true, zones: abc },
  { name: 'ap-east-2', optIn: true, zones: abc },
  { name: 'ap-northeast-1', optIn: false, zones: [['a', 4], ['c', 1], ['d', 2]] },
  { name: 'ap-northeast-2', optIn: false, zones: [['a', 1], ['b', 2], ['c', 3], ['d', 4]] },
  { name: 'ap-northeast-3', optIn: false, zones: [['a', 3], ['b', 1], ['c', 2]] },
  { name: 'ap-south-1', optIn: false, zones: [['a', 1], ['b', 3], ['c', 2]] },
  { name: 'ap-south-2', optIn: true, zones: abc },
  { name: 'ap-southeast-1', optIn: false, zones: abc },
  { name: 'ap-southeast-2', optIn: false, zones: abc },
  { name: 'ap-southeast-3', optIn: true, zones: abc },
  { name: 'ap-southeast-4', optIn: true, zones: abc },
  { name: 'ap-southeast-5', optIn: true, zones: abc },
  { name: 'ap-southeast-6', optIn: true, zones: abc },
  { name: 'ap-southeast-7', optIn: true, zones: abc },
  { name: 'ca-central-1', optIn: false, zones: [['a', 1], ['b', 2], ['d', 4]] },
  { name: 'ca-west-1', optIn: true, zones: abc },
  { name: 'eu-central-1', optIn: false, zones: [['a', 2], ['b', 3], ['c', 1]] },
  { name: 'eu-central-2', optIn: true, zones: abc },
  { name: 'eu-north-1', optIn: false, zones: abc },
  { name: 'eu-south-1', optIn: true, zones: abc },
  { name: 'eu-south-2', optIn: true, zones: abc },
  { name: 'eu-west-1', optIn: false, zones: abc },
  { name: 'eu-west-2', optIn: false, zones: [['a', 2], ['b', 3], ['c', 1]] },
  { name: 'eu-west-3', optIn: false, zones: abc },
  { name: 'il-central-1', optIn: true, zones: abc },
  { name: 'me-central-1', optIn: true, zones: abc },
  { name: 'me-south-1', optIn: true, zones: abc },
  { name: 'mx-central-1', optIn: true, zones: abc },
  { name: 'sa-east-1', optIn: false, zones: abc },
  { name: 'us-east-1', optIn: false, zones: [['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6]] },
  { name: 'us-east-2', optIn: false, zones: abc },
  { name: 'us-west-1', optIn: false, zones: [['b', 1], ['c', 3]] },
  { name: 'us-west-2', optIn: false, zones: [['a', 1], ['b', 2], ['c', 3], ['d', 4]] },
];

const byName = new Map(regions.map((r) => [r.name, r]));

export function findRegion(name: string): RegionInfo | undefined {
  return byName.get(name);
}
