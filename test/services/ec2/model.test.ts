import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { AwsError } from '../../../src/shared/aws-error.js';
import { allRegions, applyFilters, wildcardPattern, zoneIdPrefix, zonesOf } from '../../../src/services/ec2/model.js';

describe('ec2 model', () => {
  test('zone id prefixes follow AWS abbreviations', () => {
    assert.equal(zoneIdPrefix('us-east-1'), 'use1');
    assert.equal(zoneIdPrefix('ap-southeast-2'), 'apse2');
    assert.equal(zoneIdPrefix('ap-northeast-1'), 'apne1');
    assert.equal(zoneIdPrefix('eu-central-1'), 'euc1');
    assert.equal(zoneIdPrefix('us-gov-west-1'), 'usgw1');
    assert.equal(zoneIdPrefix('cn-northwest-1'), 'cnnw1');
    assert.equal(zoneIdPrefix('local'), undefined);
  });

  test('zones of a region carry the fixed mapping', () => {
    const zones = zonesOf('ap-northeast-1');
    assert.deepEqual(zones.map((z) => [z.ZoneName, z.ZoneId]), [
      ['ap-northeast-1a', 'apne1-az4'], ['ap-northeast-1c', 'apne1-az1'], ['ap-northeast-1d', 'apne1-az2'],
    ]);
    assert.equal(zones[0].GroupName, 'ap-northeast-1-zg-1');
    assert.equal(zonesOf('us-east-1').length, 6);
    assert.deepEqual(zonesOf('us-gov-west-1').map((z) => z.ZoneId), ['usgw1-az1', 'usgw1-az2', 'usgw1-az3']);
    assert.deepEqual(zonesOf('nowhere'), []);
  });

  test('every commercial region is listed once with its endpoint', () => {
    const regions = allRegions();
    assert.equal(new Set(regions.map((r) => r.RegionName)).size, regions.length);
    assert.ok(regions.length >= 34);
    const east = regions.find((r) => r.RegionName === 'us-east-1');
    assert.deepEqual(east, { Endpoint: 'ec2.us-east-1.amazonaws.com', RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' });
    assert.equal(regions.find((r) => r.RegionName === 'af-south-1')?.OptInStatus, 'not-opted-in');
  });

  test('wildcards: * any run, ? one character, backslash escapes', () => {
    assert.ok(wildcardPattern('us-*').test('us-east-1'));
    assert.ok(!wildcardPattern('us-*').test('eu-west-1'));
    assert.ok(wildcardPattern('us-east-?').test('us-east-2'));
    assert.ok(!wildcardPattern('us-east-?').test('us-east-12'));
    assert.ok(wildcardPattern('a\\*b').test('a*b'));
    assert.ok(!wildcardPattern('a\\*b').test('axb'));
    assert.ok(wildcardPattern('a.b').test('a.b'));
    assert.ok(!wildcardPattern('a.b').test('axb'));
  });

  test('filters: values ORed, filters ANDed, unknown names rejected', () => {
    const items = [{ n: 'a1', s: 'x' }, { n: 'a2', s: 'y' }, { n: 'b1', s: 'x' }];
    const fields = { name: (i: { n: string }) => [i.n], state: (i: { s: string }) => [i.s] };
    assert.deepEqual(applyFilters(items, [{ Name: 'name', Values: ['a1', 'b*'] }], fields).map((i) => i.n), ['a1', 'b1']);
    assert.deepEqual(applyFilters(items, [{ Name: 'name', Values: ['a*'] }, { Name: 'state', Values: ['x'] }], fields).map((i) => i.n), ['a1']);
    assert.throws(() => applyFilters(items, [{ Name: 'bogus', Values: ['1'] }], fields), (e: unknown) =>
      e instanceof AwsError && e.code === 'InvalidParameterValue' && e.message === "The filter 'bogus' is invalid");
  });
});
