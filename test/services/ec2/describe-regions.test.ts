import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { boto3 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';

async function rejects(promise: Promise<unknown>, code: string, message: string | RegExp): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
    assert.equal(e.name, code);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

describe('EC2 DescribeRegions', () => {
  let kumo: EmbeddedKumo;
  let ec2: EC2Client;
  before(async () => {
    kumo = await startTestKumo(['ec2']);
    ec2 = new EC2Client(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('lists the regions enabled for a fresh account', async () => {
    const { Regions = [] } = await ec2.send(new DescribeRegionsCommand({}));
    const names = Regions.map((r) => r.RegionName);
    assert.ok(names.includes('us-east-1') && names.includes('eu-west-1') && names.includes('ap-northeast-3'));
    assert.ok(!names.includes('af-south-1'), 'opt-in regions are hidden without AllRegions');
    assert.ok(Regions.every((r) => r.OptInStatus === 'opt-in-not-required'));
    assert.deepEqual(Regions.find((r) => r.RegionName === 'us-west-2'), {
      Endpoint: 'ec2.us-west-2.amazonaws.com',
      RegionName: 'us-west-2',
      OptInStatus: 'opt-in-not-required',
    });
  });

  test('AllRegions adds the opt-in regions as not-opted-in', async () => {
    const { Regions = [] } = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    assert.ok(Regions.length >= 34);
    const capeTown = Regions.find((r) => r.RegionName === 'af-south-1');
    assert.equal(capeTown?.OptInStatus, 'not-opted-in');
    assert.equal(capeTown?.Endpoint, 'ec2.af-south-1.amazonaws.com');
  });

  test('RegionNames selects, and an unknown name is InvalidParameterValue', async () => {
    const { Regions = [] } = await ec2.send(new DescribeRegionsCommand({ RegionNames: ['eu-west-1', 'me-south-1'] }));
    assert.deepEqual(Regions.map((r) => [r.RegionName, r.OptInStatus]), [
      ['eu-west-1', 'opt-in-not-required'],
      ['me-south-1', 'not-opted-in'],
    ]);
    await rejects(ec2.send(new DescribeRegionsCommand({ RegionNames: ['us--east-1'] })), 'InvalidParameterValue', 'Invalid region: [us--east-1]');
  });

  test('filters with wildcards, and unknown filters rejected', async () => {
    const byName = await ec2.send(new DescribeRegionsCommand({ Filters: [{ Name: 'region-name', Values: ['us-*'] }] }));
    assert.deepEqual(byName.Regions?.map((r) => r.RegionName), ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2']);
    const byEndpoint = await ec2.send(new DescribeRegionsCommand({ Filters: [{ Name: 'endpoint', Values: ['*.eu-west-?.amazonaws.com'] }] }));
    assert.deepEqual(byEndpoint.Regions?.map((r) => r.RegionName), ['eu-west-1', 'eu-west-2', 'eu-west-3']);
    const optIn = await ec2.send(new DescribeRegionsCommand({ AllRegions: true, Filters: [{ Name: 'opt-in-status', Values: ['not-opted-in'] }] }));
    assert.ok((optIn.Regions ?? []).length > 0 && optIn.Regions!.every((r) => r.OptInStatus === 'not-opted-in'));
    await rejects(ec2.send(new DescribeRegionsCommand({ Filters: [{ Name: 'colour', Values: ['x'] }] })), 'InvalidParameterValue', "The filter 'colour' is invalid");
  });

  test('DryRun answers DryRunOperation', async () => {
    await rejects(ec2.send(new DescribeRegionsCommand({ DryRun: true })), 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.');
  });

  test('boto3 sees the same regions', async () => {
    const result = await boto3(kumo.url, [
      "ec2 = boto3.client('ec2', endpoint_url=ENDPOINT)",
      "r = ec2.describe_regions(RegionNames=['eu-central-1'])['Regions']",
      'print(json.dumps(r))',
    ].join('\n'));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), [
      { Endpoint: 'ec2.eu-central-1.amazonaws.com', RegionName: 'eu-central-1', OptInStatus: 'opt-in-not-required' },
    ]);
  });
});
