import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeAvailabilityZonesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV1 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('EC2 DescribeAvailabilityZones', () => {
  let kumo: EmbeddedKumo;
  let ec2: EC2Client;
  before(async () => {
    kumo = await startTestKumo(['ec2']);
    ec2 = new EC2Client(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test("lists the zones of the request's region", async () => {
    const { AvailabilityZones = [] } = await ec2.send(new DescribeAvailabilityZonesCommand({}));
    assert.deepEqual(AvailabilityZones.map((z) => z.ZoneName), ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f']);
    assert.deepEqual(AvailabilityZones[0], {
      State: 'available',
      OptInStatus: 'opt-in-not-required',
      Messages: [],
      RegionName: 'us-east-1',
      ZoneName: 'us-east-1a',
      ZoneId: 'use1-az1',
      GroupName: 'us-east-1-zg-1',
      NetworkBorderGroup: 'us-east-1',
      ZoneType: 'availability-zone',
    });
    const tokyo = new EC2Client({ ...kumo.clientConfig, region: 'ap-northeast-1' });
    const other = await tokyo.send(new DescribeAvailabilityZonesCommand({}));
    assert.deepEqual(other.AvailabilityZones?.map((z) => [z.ZoneName, z.ZoneId]), [
      ['ap-northeast-1a', 'apne1-az4'], ['ap-northeast-1c', 'apne1-az1'], ['ap-northeast-1d', 'apne1-az2'],
    ]);
  });

  test('ZoneNames and ZoneIds select; unknown ones are InvalidParameterValue', async () => {
    const { AvailabilityZones = [] } = await ec2.send(new DescribeAvailabilityZonesCommand({ ZoneNames: ['us-east-1b'], ZoneIds: ['use1-az4'] }));
    assert.deepEqual(AvailabilityZones.map((z) => z.ZoneName), ['us-east-1b', 'us-east-1d']);
    await assert.rejects(ec2.send(new DescribeAvailabilityZonesCommand({ ZoneNames: ['us-east-1z'] })), (e: Error) => {
      assert.equal(e.name, 'InvalidParameterValue');
      assert.equal(e.message, 'Invalid availability zone: [us-east-1z]');
      return true;
    });
    await assert.rejects(ec2.send(new DescribeAvailabilityZonesCommand({ ZoneIds: ['use1-az9'] })), { name: 'InvalidParameterValue' });
  });

  test('filters, AllAvailabilityZones, unknown filter names', async () => {
    const send = (Filters: Array<{ Name: string; Values: string[] }>, AllAvailabilityZones?: boolean) =>
      ec2.send(new DescribeAvailabilityZonesCommand({ Filters, AllAvailabilityZones })).then((r) => r.AvailabilityZones?.map((z) => z.ZoneName));
    assert.deepEqual(await send([{ Name: 'zone-id', Values: ['use1-az1', 'use1-az6'] }]), ['us-east-1a', 'us-east-1f']);
    assert.deepEqual(await send([{ Name: 'zone-name', Values: ['*[ab]'] }]), []);
    assert.deepEqual(await send([{ Name: 'zone-name', Values: ['us-east-1?'] }, { Name: 'zone-id', Values: ['*az2'] }]), ['us-east-1b']);
    assert.equal((await send([{ Name: 'state', Values: ['available'] }, { Name: 'zone-type', Values: ['availability-zone'] }]))?.length, 6);
    assert.equal((await send([{ Name: 'region-name', Values: ['us-east-1'] }, { Name: 'group-name', Values: ['us-east-1-zg-1'] }]))?.length, 6);
    assert.equal((await send([{ Name: 'opt-in-status', Values: ['opted-in'] }], true))?.length, 0);
    assert.equal((await send([], true))?.length, 6);
    await assert.rejects(send([{ Name: 'zone', Values: ['x'] }]), (e: Error) => {
      assert.equal(e.name, 'InvalidParameterValue');
      assert.equal(e.message, "The filter 'zone' is invalid");
      return true;
    });
  });

  test('the AWS CLI v1 sees the same zones', async () => {
    const result = await awsCliV1(kumo.url, ['ec2', 'describe-availability-zones', '--filters', 'Name=zone-name,Values=eu-west-2*'], { region: 'eu-west-2' });
    assert.equal(result.status, 0, result.stderr);
    const zones = (JSON.parse(result.stdout) as { AvailabilityZones: Array<{ ZoneName: string; ZoneId: string }> }).AvailabilityZones;
    assert.deepEqual(zones.map((z) => [z.ZoneName, z.ZoneId]), [['eu-west-2a', 'euw2-az2'], ['eu-west-2b', 'euw2-az3'], ['eu-west-2c', 'euw2-az1']]);
  });
});
