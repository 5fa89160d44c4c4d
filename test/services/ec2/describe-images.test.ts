import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('EC2 DescribeImages', () => {
  let kumo: EmbeddedKumo;
  let ec2: EC2Client;
  before(async () => {
    kumo = await startTestKumo(['ec2']);
    ec2 = new EC2Client(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('Owners amazon with a name filter finds Amazon Linux 2023', async () => {
    const out = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], Filters: [{ Name: 'name', Values: ['al2023-ami-2023.*-x86_64'] }, { Name: 'architecture', Values: ['x86_64'] }] }));
    assert.equal(out.Images?.length, 1);
    const image = out.Images![0];
    assert.match(image.ImageId!, /^ami-[0-9a-f]{17}$/);
    assert.equal(image.ImageOwnerAlias, 'amazon');
    assert.equal(image.OwnerId, '137112412989');
    assert.equal(image.State, 'available');
    assert.equal(image.Public, true);
    assert.equal(image.RootDeviceType, 'ebs');
    assert.equal(image.BlockDeviceMappings?.[0]?.Ebs?.VolumeType, 'gp3');
    assert.equal(image.PlatformDetails, 'Linux/UNIX');
  });

  test('owner-alias and image-id filters; Canonical is not amazon; unknown and malformed ids', async () => {
    const amazon = await ec2.send(new DescribeImagesCommand({ Filters: [{ Name: 'owner-alias', Values: ['amazon'] }] }));
    assert.ok(amazon.Images!.every((i) => i.ImageOwnerAlias === 'amazon'));
    assert.ok(!amazon.Images!.some((i) => i.Name?.startsWith('ubuntu/')));
    const one = amazon.Images![0];
    const byId = await ec2.send(new DescribeImagesCommand({ Filters: [{ Name: 'image-id', Values: [one.ImageId!] }] }));
    assert.deepEqual(byId.Images?.map((i) => i.Name), [one.Name]);
    const canonical = await ec2.send(new DescribeImagesCommand({ Owners: ['099720109477'] }));
    assert.ok(canonical.Images!.length >= 2 && canonical.Images!.every((i) => i.Name?.startsWith('ubuntu/images/')));
    assert.deepEqual((await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }))).Images, []);
    await assert.rejects(ec2.send(new DescribeImagesCommand({ ImageIds: ['ami-0123456789abcdef0'] })), { name: 'InvalidAMIID.NotFound', message: "The image id '[ami-0123456789abcdef0]' does not exist" });
    await assert.rejects(ec2.send(new DescribeImagesCommand({ ImageIds: ['image-1'] })), { name: 'InvalidAMIID.Malformed' });
  });
});
