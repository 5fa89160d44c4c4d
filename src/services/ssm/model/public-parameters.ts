import type { OperationContext } from '../../define-service.js';
import { underPath } from './parameter-filters.js';

/**
 * The public parameters users read most, answered from Kumo's EC2 (through the internal
 * client) so the AMI ids are ones `DescribeImages` knows in the same region: each AMI
 * parameter names its owner and an image-name pattern, and takes the newest match. Regions come
 * from EC2's DescribeRegions (all of them, as the real parameters list every region).
 */
const AL = '/aws/service/ami-amazon-linux-latest/';
const UBUNTU = '/aws/service/canonical/ubuntu/server/';
const REGIONS = '/aws/service/global-infrastructure/regions';

const AMI_PARAMETERS: Record<string, { owner: string; name: string }> = {};
for (const arch of ['x86_64', 'arm64']) {
  for (const kernel of ['default', '6.1']) {
    AMI_PARAMETERS[`${AL}al2023-ami-kernel-${kernel}-${arch}`] = { owner: 'amazon', name: `al2023-ami-2023.*-kernel-6.1-${arch}` };
    AMI_PARAMETERS[`${AL}al2023-ami-minimal-kernel-${kernel}-${arch}`] = { owner: 'amazon', name: `al2023-ami-minimal-2023.*-kernel-6.1-${arch}` };
  }
  AMI_PARAMETERS[`${AL}amzn2-ami-kernel-5.10-hvm-${arch}-gp2`] = { owner: 'amazon', name: `amzn2-ami-kernel-5.10-hvm-2.0.*-${arch}-gp2` };
  const ubuntuArch = arch === 'x86_64' ? 'amd64' : 'arm64';
  AMI_PARAMETERS[`${UBUNTU}22.04/stable/current/${ubuntuArch}/hvm/ebs-gp2/ami-id`] = { owner: '099720109477', name: `ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-${ubuntuArch}-server-*` };
  AMI_PARAMETERS[`${UBUNTU}24.04/stable/current/${ubuntuArch}/hvm/ebs-gp3/ami-id`] = { owner: '099720109477', name: `ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-${ubuntuArch}-server-*` };
}
AMI_PARAMETERS[`${AL}amzn2-ami-hvm-x86_64-gp2`] = { owner: 'amazon', name: 'amzn2-ami-hvm-2.0.*-x86_64-gp2' };
AMI_PARAMETERS['/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base'] = { owner: 'amazon', name: 'Windows_Server-2022-English-Full-Base-*' };

export function isPublicName(name: string): boolean {
  return name.startsWith('/aws/service/');
}

interface PublicValue {
  name: string;
  value: string;
  modifiedMs: number;
}

async function regionNames(ctx: OperationContext): Promise<string[]> {
  try {
    const out = await ctx.aws.call<{ Regions: Array<{ RegionName: string }> }>('ec2', 'DescribeRegions', { AllRegions: true }, ctx);
    return out.Regions.map((r) => r.RegionName);
  } catch {
    return [];
  }
}

async function amiParameter(ctx: OperationContext, name: string): Promise<PublicValue | undefined> {
  const spec = AMI_PARAMETERS[name];
  if (!spec) return undefined;
  let images: Array<{ ImageId: string; CreationDate: string }>;
  try {
    const out = await ctx.aws.call<{ Images: Array<{ ImageId: string; CreationDate: string }> }>(
      'ec2', 'DescribeImages', { Owners: [spec.owner], Filters: [{ Name: 'name', Values: [spec.name] }] }, ctx,
    );
    images = out.Images;
  } catch {
    // Without Kumo's EC2 there are no AMIs to point at.
    return undefined;
  }
  const newest = [...images].sort((a, b) => b.CreationDate.localeCompare(a.CreationDate))[0];
  return newest ? { name, value: newest.ImageId, modifiedMs: Date.parse(newest.CreationDate) } : undefined;
}

/** One public parameter, or undefined when Kumo does not know it. */
export async function publicParameter(ctx: OperationContext, name: string): Promise<PublicValue | undefined> {
  if (name.startsWith(`${REGIONS}/`)) {
    const region = name.slice(REGIONS.length + 1);
    return (await regionNames(ctx)).includes(region) ? { name, value: region, modifiedMs: Date.UTC(2019, 3, 1) } : undefined;
  }
  return amiParameter(ctx, name);
}

/** The public parameters under a path (one level or recursive), by name. */
export async function publicParametersByPath(ctx: OperationContext, path: string, recursive: boolean): Promise<PublicValue[]> {
  const names = [...Object.keys(AMI_PARAMETERS), ...(await regionNames(ctx)).map((r) => `${REGIONS}/${r}`)]
    .filter((n) => underPath(n, path, recursive))
    .sort();
  const out: PublicValue[] = [];
  for (const name of names) {
    const found = await publicParameter(ctx, name);
    if (found) out.push(found);
  }
  return out;
}

/** A public parameter as GetParameter(s) return it: AWS's ARN has no account. */
export function publicOutput(ctx: OperationContext, p: PublicValue): Record<string, unknown> {
  return {
    Name: p.name,
    Type: 'String',
    Value: p.value,
    Version: 1,
    LastModifiedDate: new Date(p.modifiedMs),
    ARN: `arn:aws:ssm:${ctx.region}::parameter${p.name}`,
    DataType: 'text',
  };
}
