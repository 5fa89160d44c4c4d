import type { OperationContext } from '../../define-service.js';
import { dryRunOperation, invalidParameterValue } from '../errors.js';
import { IMAGE_CATALOGUE, imageIn } from '../images.js';
import { applyFilters, type Filter } from '../model.js';
import { AwsError } from '../../../shared/aws-error.js';

export interface DescribeImagesRequest {
  ImageIds?: string[];
  Owners?: string[];
  ExecutableUsers?: string[];
  Filters?: Filter[];
  IncludeDeprecated?: boolean;
  DryRun?: boolean;
  MaxResults?: number;
  NextToken?: string;
}

type Image = Record<string, unknown>;
const text = (key: string) => (image: Image) => (image[key] === undefined ? [] : [String(image[key])]);
const ebs = (image: Image) => ((image.BlockDeviceMappings as Array<{ DeviceName: string; Ebs: Record<string, unknown> }>)[0]);

/**
 * The public catalogue of `images.ts` in the request's region (Kumo registers no images of
 * its own yet, so `self` and other accounts own none). Owners: `amazon`, `self`, account ids
 * (Canonical's `099720109477` too); filters as AWS names them.
 */
export function describeImages(input: DescribeImagesRequest, ctx: OperationContext): { Images: Image[]; NextToken?: string } {
  if (input.DryRun) throw dryRunOperation();
  for (const id of input.ImageIds ?? []) {
    if (!/^ami-[0-9a-f]{8,17}$/.test(id)) throw new AwsError('InvalidAMIID.Malformed', `Invalid id: "${id}" (expecting "ami-...")`);
  }
  let images = IMAGE_CATALOGUE.map((t) => imageIn(ctx.region, t));
  if (input.ImageIds?.length) {
    const missing = input.ImageIds.filter((id) => !images.some((i) => i.ImageId === id));
    if (missing.length) throw new AwsError('InvalidAMIID.NotFound', `The image id '[${missing.join(', ')}]' does not exist`);
    images = images.filter((i) => input.ImageIds!.includes(String(i.ImageId)));
  }
  if (input.Owners?.length) {
    images = images.filter((i) => input.Owners!.some((o) => o === i.OwnerId || o === i.ImageOwnerAlias || (o === 'self' && i.OwnerId === ctx.accountId)));
  }
  images = applyFilters(images, input.Filters, {
    name: text('Name'),
    'image-id': text('ImageId'),
    'owner-alias': text('ImageOwnerAlias'),
    'owner-id': text('OwnerId'),
    architecture: text('Architecture'),
    description: text('Description'),
    'image-type': text('ImageType'),
    'is-public': text('Public'),
    platform: text('Platform'),
    'platform-details': text('PlatformDetails'),
    'root-device-name': text('RootDeviceName'),
    'root-device-type': text('RootDeviceType'),
    state: text('State'),
    'virtualization-type': text('VirtualizationType'),
    hypervisor: text('Hypervisor'),
    'ena-support': text('EnaSupport'),
    'creation-date': text('CreationDate'),
    'block-device-mapping.device-name': (i) => [ebs(i).DeviceName],
    'block-device-mapping.volume-type': (i) => [String(ebs(i).Ebs.VolumeType)],
    'block-device-mapping.volume-size': (i) => [String(ebs(i).Ebs.VolumeSize)],
    'block-device-mapping.snapshot-id': (i) => [String(ebs(i).Ebs.SnapshotId)],
  });
  if (input.MaxResults !== undefined) {
    if (input.ImageIds?.length) throw invalidParameterValue('The parameter imageIdsSet cannot be used with the parameter maxResults');
    if (input.MaxResults < 6 || input.MaxResults > 1000) throw invalidParameterValue(`Value ( ${input.MaxResults} ) for parameter maxResults is invalid. Parameter must be between 6 and 1000.`);
    const start = input.NextToken ? Number(Buffer.from(input.NextToken, 'base64url').toString()) || 0 : 0;
    const page = images.slice(start, start + input.MaxResults);
    return { Images: page, ...(start + input.MaxResults < images.length ? { NextToken: Buffer.from(String(start + input.MaxResults)).toString('base64url') } : {}) };
  }
  return { Images: images };
}
