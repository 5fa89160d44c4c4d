import { defineService } from '../define-service.js';
import { describeImages } from './operations/describe-images.js';
import { describeAvailabilityZones } from './operations/describe-availability-zones.js';
import { describeRegions } from './operations/describe-regions.js';

export const ec2Service = defineService({
  name: 'ec2',
  operations: {
    DescribeAvailabilityZones: describeAvailabilityZones,
    DescribeImages: describeImages,
    DescribeRegions: describeRegions,
  },
});
