import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { AwsError } from '../../../src/shared/aws-error.js';
import { datapointKey, datapointRange, matchesDimensionFilters, metricKey } from '../../../src/services/cloudwatch/model.js';
import { aggregateOfDatum, mergeAggregates, percentile, statisticValue, type Aggregate } from '../../../src/services/cloudwatch/model/aggregate.js';
import { checkMetricData, isValidNamespace } from '../../../src/services/cloudwatch/model/datum-rules.js';
import { aggregateByPeriod, alignedStart, bucketStart, isValidPeriod, periodCount } from '../../../src/services/cloudwatch/model/periods.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

function agg(...values: number[]): Aggregate {
  return values.map((v) => aggregateOfDatum({ Value: v })!).reduce(mergeAggregates);
}

describe('cloudwatch metric keys', () => {
  test('dimension order does not change a metric', () => {
    assert.equal(
      metricKey('App', 'Latency', [{ Name: 'b', Value: '2' }, { Name: 'a', Value: '1' }]),
      metricKey('App', 'Latency', [{ Name: 'a', Value: '1' }, { Name: 'b', Value: '2' }]),
    );
  });

  test('separators inside names cannot collide', () => {
    assert.notEqual(metricKey('A|B', 'C', []), metricKey('A', 'B|C', []));
    const k = metricKey('ns', 'm', []);
    const longer = metricKey('ns', 'm', [{ Name: 'x', Value: 'y' }]);
    const range = datapointRange(k, 0, NOW);
    const other = datapointKey(longer, 1000, 'None');
    assert.ok(!(other >= range.start && other < range.end));
    const mine = datapointKey(k, 1000, 'None');
    assert.ok(mine >= range.start && mine < range.end);
  });

  test('dimension filters with and without values', () => {
    const dims = [{ Name: 'a', Value: '1' }, { Name: 'b', Value: '2' }];
    assert.ok(matchesDimensionFilters(dims, [{ Name: 'a' }]));
    assert.ok(matchesDimensionFilters(dims, [{ Name: 'a', Value: '1' }, { Name: 'b' }]));
    assert.ok(!matchesDimensionFilters(dims, [{ Name: 'a', Value: '2' }]));
    assert.ok(!matchesDimensionFilters(dims, [{ Name: 'c' }]));
  });
});

describe('cloudwatch aggregation', () => {
  test('values, values with counts, and statistic sets', () => {
    assert.deepEqual(aggregateOfDatum({ Value: 5 }), { count: 1, sum: 5, min: 5, max: 5, values: [[5, 1]] });
    const weighted = aggregateOfDatum({ Values: [1, 3], Counts: [2, 1] })!;
    assert.deepEqual([weighted.count, weighted.sum, weighted.min, weighted.max], [3, 5, 1, 3]);
    assert.deepEqual(weighted.values, [[1, 2], [3, 1]]);
    const set = aggregateOfDatum({ StatisticValues: { SampleCount: 4, Sum: 10, Minimum: 1, Maximum: 4 } })!;
    assert.equal(set.values, null);
    const single = aggregateOfDatum({ StatisticValues: { SampleCount: 3, Sum: 6, Minimum: 2, Maximum: 2 } })!;
    assert.deepEqual(single.values, [[2, 3]]);
  });

  test('statistics and nearest-rank percentiles', () => {
    const a = agg(...Array.from({ length: 100 }, (_, i) => i + 1));
    assert.equal(statisticValue(a, 'Average'), 50.5);
    assert.equal(statisticValue(a, 'Sum'), 5050);
    assert.equal(statisticValue(a, 'SampleCount'), 100);
    assert.equal(statisticValue(a, 'p50'), 50);
    assert.equal(statisticValue(a, 'p99'), 99);
    assert.equal(statisticValue(a, 'p99.5'), 100);
    assert.equal(statisticValue(a, 'p100'), 100);
    assert.equal(statisticValue(a, 'p0'), 1);
    assert.equal(percentile(agg(-1, 2), 50), undefined);
    assert.equal(statisticValue(a, 'p101'), undefined);
  });

  test('periods are counted from the aligned start and only periods with data come back', () => {
    const start = Date.UTC(2026, 0, 15, 11, 0, 0);
    const buckets = [0, 1, 5, 6, 7].map((m) => ({ time: start + m * 60_000, aggregate: agg(m) }));
    const periods = aggregateByPeriod(buckets, start, 300);
    assert.deepEqual(periods.map((p) => [(p.time - start) / 60_000, p.aggregate.count, p.aggregate.sum]), [[0, 2, 1], [5, 3, 18]]);
  });

  test('start alignment depends on age and period', () => {
    const t = NOW - 3_600_000 + 34_567;
    assert.equal(alignedStart(t, 60, NOW), NOW - 3_600_000);
    assert.equal(alignedStart(t, 1, NOW), NOW - 3_600_000 + 34_000);
    const old = NOW - 20 * 86_400_000 + 7 * 60_000 + 5_000;
    assert.equal(alignedStart(old, 60, NOW), NOW - 20 * 86_400_000 + 5 * 60_000);
    const older = NOW - 70 * 86_400_000 + 17 * 60_000;
    assert.equal(alignedStart(older, 60, NOW), NOW - 70 * 86_400_000);
  });

  test('period rules, counting, and storage buckets', () => {
    for (const p of [1, 5, 10, 30, 60, 120, 86_400]) assert.ok(isValidPeriod(p), String(p));
    for (const p of [0, 2, 45, 90, -60, 1.5]) assert.ok(!isValidPeriod(p), String(p));
    assert.equal(periodCount(0, 86_400_000, 1), 86_400);
    assert.equal(periodCount(0, 61_000, 60), 2);
    assert.equal(bucketStart(NOW + 59_999, 60), NOW);
    assert.equal(bucketStart(NOW + 1_999, 1), NOW + 1_000);
  });
});

describe('PutMetricData rules', () => {
  const fails = (data: Parameters<typeof checkMetricData>[0], code: string, message: string) =>
    assert.throws(() => checkMetricData(data, NOW), (e: unknown) => {
      assert.ok(e instanceof AwsError);
      assert.equal(e.queryCode, code);
      assert.equal(e.message, message);
      return true;
    });

  test('namespaces', () => {
    assert.ok(isValidNamespace('MyApp/Service 1'));
    assert.ok(!isValidNamespace('AWS/EC2'));
    assert.ok(!isValidNamespace(''));
    assert.ok(!isValidNamespace('   '));
    assert.ok(!isValidNamespace('x'.repeat(256)));
    assert.ok(!isValidNamespace('bad*char'));
  });

  test('value combinations', () => {
    fails([{ MetricName: 'm', Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }], 'InvalidParameterCombination',
      'The parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues are mutually exclusive and you have specified both.');
    fails([{ MetricName: 'm', Value: 1 }, { MetricName: 'n' }], 'InvalidParameterCombination',
      'At least one of the parameters MetricData.member.2.Value and MetricData.member.2.StatisticValues must be specified.');
    fails([{ MetricName: 'm', Values: [1, 2], Counts: [1] }], 'InvalidParameterValue',
      'The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.');
  });

  test('non-finite values, timestamps, dimensions, resolution', () => {
    fails([{ MetricName: 'm', Value: Number.NaN }], 'InvalidParameterValue', 'The value NaN for parameter MetricData.member.1.Value is invalid.');
    fails([{ MetricName: 'm', Value: 1, Timestamp: new Date(NOW - 15 * 86_400_000) }, { MetricName: 'm', Value: 1, Timestamp: new Date(NOW - 15 * 86_400_000) }],
      'InvalidParameterValue',
      'The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.\n' +
        'The parameter MetricData.member.2.Timestamp must specify a time within the past two weeks.');
    fails([{ MetricName: 'm', Value: 1, Timestamp: new Date(NOW + 3 * 3_600_000) }], 'InvalidParameterValue',
      'The parameter MetricData.member.1.Timestamp must specify a time no more than two hours in the future.');
    const dims = Array.from({ length: 31 }, (_, i) => ({ Name: `d${i}`, Value: 'v' }));
    fails([{ MetricName: 'm', Value: 1, Dimensions: dims }], 'InvalidParameterValue',
      'The collection MetricData.member.1.Dimensions must not have a size greater than 30.');
    fails([{ MetricName: 'm', Value: 1, StorageResolution: 5 }], 'InvalidParameterValue',
      'The value 5 for parameter MetricData.member.1.StorageResolution is invalid.');
    fails([{ Value: 1 }], 'MissingParameter', 'The parameter MetricData.member.1.MetricName is required.');
    assert.doesNotThrow(() => checkMetricData([{ MetricName: 'm', Value: 1, Timestamp: new Date(NOW - 13 * 86_400_000), Unit: 'Count', StorageResolution: 1 }], NOW));
  });
});
