import { createHash } from 'node:crypto';

/**
 * A small fixed catalogue of public images (Amazon Linux 2023 and 2, Ubuntu 22.04 and 24.04,
 * Windows Server 2022), the ones Parameter Store's public parameters point at and
 * `DescribeImages --owners amazon` users look for. AMI and snapshot ids differ per region, as on
 * AWS; Kumo derives them from the region and image name, so they are stable across restarts.
 */
export interface ImageTemplate {
  name: string;
  description: string;
  architecture: 'x86_64' | 'arm64';
  ownerId: string;
  /** `amazon` for Amazon's images; Canonical's have none. */
  ownerAlias?: string;
  creationDate: string;
  platform?: 'windows';
  rootDeviceName: string;
  volumeSize: number;
  volumeType: 'gp2' | 'gp3';
  bootMode?: string;
  imdsSupport?: string;
}

const AMAZON_LINUX_OWNER = '137112412989';
const WINDOWS_OWNER = '801119661308';
export const CANONICAL_OWNER = '099720109477';

function al2023(minimal: boolean, architecture: 'x86_64' | 'arm64'): ImageTemplate {
  const kind = minimal ? 'al2023-ami-minimal' : 'al2023-ami';
  return {
    name: `${kind}-2023.6.20250115.0-kernel-6.1-${architecture}`,
    description: `Amazon Linux 2023 AMI 2023.6.20250115.0 ${architecture} ${minimal ? 'Minimal ' : ''}HVM kernel-6.1`,
    architecture, ownerId: AMAZON_LINUX_OWNER, ownerAlias: 'amazon', creationDate: '2025-01-14T22:31:17.000Z',
    rootDeviceName: '/dev/xvda', volumeSize: minimal ? 2 : 8, volumeType: 'gp3', bootMode: 'uefi-preferred', imdsSupport: 'v2.0',
  };
}

function amzn2(kernel510: boolean, architecture: 'x86_64' | 'arm64'): ImageTemplate {
  return {
    name: `amzn2-ami-${kernel510 ? 'kernel-5.10-' : ''}hvm-2.0.20250108.0-${architecture}-gp2`,
    description: `Amazon Linux 2 ${kernel510 ? 'Kernel 5.10 ' : ''}AMI 2.0.20250108.0 ${architecture} HVM gp2`,
    architecture, ownerId: AMAZON_LINUX_OWNER, ownerAlias: 'amazon', creationDate: '2025-01-08T19:22:04.000Z',
    rootDeviceName: '/dev/xvda', volumeSize: 8, volumeType: 'gp2',
  };
}

function ubuntu(release: '22.04' | '24.04', architecture: 'x86_64' | 'arm64'): ImageTemplate {
  const [code, store, volumeType, date] = release === '22.04'
    ? (['jammy', 'hvm-ssd', 'gp2', '20250112'] as const)
    : (['noble', 'hvm-ssd-gp3', 'gp3', '20250115'] as const);
  const arch = architecture === 'x86_64' ? 'amd64' : 'arm64';
  return {
    name: `ubuntu/images/${store}/ubuntu-${code}-${release}-${arch}-server-${date}`,
    description: `Canonical, Ubuntu, ${release}, ${arch} ${code} image`,
    architecture, ownerId: CANONICAL_OWNER, creationDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T06:00:00.000Z`,
    rootDeviceName: '/dev/sda1', volumeSize: 8, volumeType,
  };
}

export const IMAGE_CATALOGUE: readonly ImageTemplate[] = [
  al2023(false, 'x86_64'), al2023(false, 'arm64'), al2023(true, 'x86_64'), al2023(true, 'arm64'),
  amzn2(false, 'x86_64'), amzn2(true, 'x86_64'), amzn2(true, 'arm64'),
  ubuntu('22.04', 'x86_64'), ubuntu('22.04', 'arm64'), ubuntu('24.04', 'x86_64'), ubuntu('24.04', 'arm64'),
  {
    name: 'Windows_Server-2022-English-Full-Base-2025.01.15', description: 'Microsoft Windows Server 2022 Full Locale English AMI provided by Amazon',
    architecture: 'x86_64', ownerId: WINDOWS_OWNER, ownerAlias: 'amazon', creationDate: '2025-01-15T07:12:31.000Z', platform: 'windows',
    rootDeviceName: '/dev/sda1', volumeSize: 30, volumeType: 'gp2', bootMode: 'uefi-preferred', imdsSupport: 'v2.0',
  },
];

function derivedId(prefix: string, region: string, name: string): string {
  return `${prefix}-${createHash('sha256').update(`${region}\0${name}`).digest('hex').slice(0, 17)}`;
}

/** An image of the catalogue as DescribeImages returns it in `region`. */
export function imageIn(region: string, t: ImageTemplate): Record<string, unknown> {
  return {
    Architecture: t.architecture,
    CreationDate: t.creationDate,
    ImageId: derivedId('ami', region, t.name),
    ImageLocation: `${t.ownerAlias ?? t.ownerId}/${t.name}`,
    ImageType: 'machine',
    Public: true,
    OwnerId: t.ownerId,
    ...(t.platform ? { Platform: t.platform } : {}),
    PlatformDetails: t.platform ? 'Windows' : 'Linux/UNIX',
    UsageOperation: t.platform ? 'RunInstances:0002' : 'RunInstances',
    State: 'available',
    BlockDeviceMappings: [{
      DeviceName: t.rootDeviceName,
      Ebs: { DeleteOnTermination: true, SnapshotId: derivedId('snap', region, t.name), VolumeSize: t.volumeSize, VolumeType: t.volumeType, Encrypted: false },
    }],
    Description: t.description,
    EnaSupport: true,
    Hypervisor: 'xen',
    ...(t.ownerAlias ? { ImageOwnerAlias: t.ownerAlias } : {}),
    Name: t.name,
    RootDeviceName: t.rootDeviceName,
    RootDeviceType: 'ebs',
    SriovNetSupport: 'simple',
    VirtualizationType: 'hvm',
    ...(t.bootMode ? { BootMode: t.bootMode } : {}),
    ...(t.imdsSupport ? { ImdsSupport: t.imdsSupport } : {}),
    DeprecationTime: `${Number(t.creationDate.slice(0, 4)) + 2}${t.creationDate.slice(4, 10)}T00:00:00.000Z`,
  };
}
