// Debian's AWS CLI v2 (2.9) speaks the query protocol to CloudWatch and EC2, unlike the SDK v3.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV2, awsCliV2Path } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe("CloudWatch and EC2 through Debian's AWS CLI v2", { skip: awsCliV2Path ? false : "Debian's awscli is not installed" }, () => {
  let kumo: EmbeddedKumo;
  before(async () => {
    kumo = await startTestKumo(['cloudwatch', 'ec2']);
  });
  after(() => kumo.stop());

  test('put-metric-data then get-metric-statistics reads the aggregate back', async () => {
    const minute = Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000;
    const stamp = new Date(minute).toISOString();
    for (const value of [2, 4, 9]) {
      const put = await awsCliV2(kumo.url, ['cloudwatch', 'put-metric-data', '--namespace', 'Cli/V2', '--metric-name', 'Hits', '--value', String(value), '--unit', 'Count', '--timestamp', stamp]);
      assert.equal(put.status, 0, put.stderr);
    }
    const got = await awsCliV2(kumo.url, [
      'cloudwatch', 'get-metric-statistics', '--namespace', 'Cli/V2', '--metric-name', 'Hits',
      '--start-time', new Date(minute - 60_000).toISOString(), '--end-time', new Date(minute + 60_000).toISOString(),
      '--period', '60', '--statistics', 'Sum', 'Maximum', 'SampleCount',
    ]);
    assert.equal(got.status, 0, got.stderr);
    const out = JSON.parse(got.stdout) as { Label: string; Datapoints: Array<{ Sum: number; Maximum: number; SampleCount: number; Unit: string }> };
    assert.equal(out.Label, 'Hits');
    assert.deepEqual(out.Datapoints.map((d) => [d.Sum, d.Maximum, d.SampleCount, d.Unit]), [[15, 9, 3, 'Count']]);
  });

  test('a bad namespace is refused with the query error code', async () => {
    const put = await awsCliV2(kumo.url, ['cloudwatch', 'put-metric-data', '--namespace', 'AWS/Mine', '--metric-name', 'x', '--value', '1']);
    assert.notEqual(put.status, 0);
    assert.match(put.stderr, /InvalidParameterValue/);
  });

  test('ec2 describe-regions lists the default regions', async () => {
    const regions = await awsCliV2(kumo.url, ['ec2', 'describe-regions', '--region', 'eu-west-1']);
    assert.equal(regions.status, 0, regions.stderr);
    const names = (JSON.parse(regions.stdout) as { Regions: Array<{ RegionName: string }> }).Regions.map((r) => r.RegionName);
    assert.ok(names.includes('us-east-1') && names.includes('eu-west-1'));
    const zones = await awsCliV2(kumo.url, ['ec2', 'describe-availability-zones', '--region', 'eu-west-1']);
    assert.equal(zones.status, 0, zones.stderr);
    const zoneNames = (JSON.parse(zones.stdout) as { AvailabilityZones: Array<{ ZoneName: string }> }).AvailabilityZones.map((z) => z.ZoneName);
    assert.deepEqual(zoneNames, ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
  });
});
