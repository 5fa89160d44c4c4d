import { errorOfKind, type ErrorKind } from '../errors.js';
import { STANDARD_UNITS, type MetricDatum } from '../model.js';

export const MAX_METRIC_DATA = 1000;
export const MAX_DIMENSIONS = 30;
export const MAX_VALUES = 150;
const TWO_WEEKS_MS = 14 * 86_400_000;
const TWO_HOURS_MS = 2 * 3_600_000;
const LIMIT = 2 ** 360;

/** Namespaces: 1-255 of AWS's characters, at least one not a space, and never `AWS/` (AWS's own). */
export function isValidNamespace(namespace: string): boolean {
  return (
    namespace.length >= 1 &&
    namespace.length <= 255 &&
    /^[0-9A-Za-z._\-/#: ]+$/.test(namespace) &&
    namespace.trim().length > 0 &&
    !namespace.startsWith('AWS/')
  );
}

/** A value CloudWatch stores: finite and within +-2^360. */
function isStorable(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMIT;
}

interface Problem {
  kind: ErrorKind;
  message: string;
}

/**
 * Checks PutMetricData's MetricData as AWS does, throwing one error that lists every failing
 * member of the most basic kind found (missing, then combination, then value).
 */
export function checkMetricData(data: readonly MetricDatum[], nowMs: number): void {
  const problems: Problem[] = [];
  data.forEach((datum, index) => problems.push(...datumProblems(datum, `MetricData.member.${index + 1}`, nowMs)));
  for (const kind of ['missing', 'combination', 'value'] as const) {
    const messages = problems.filter((p) => p.kind === kind).map((p) => p.message);
    if (messages.length > 0) throw errorOfKind(kind, messages);
  }
}

function datumProblems(datum: MetricDatum, at: string, nowMs: number): Problem[] {
  const problems: Problem[] = [];
  const value = (message: string) => problems.push({ kind: 'value', message });
  const combination = (message: string) => problems.push({ kind: 'combination', message });
  const invalid = (member: string, v: unknown) => value(`The value ${String(v)} for parameter ${at}.${member} is invalid.`);

  if (datum.MetricName === undefined) problems.push({ kind: 'missing', message: `The parameter ${at}.MetricName is required.` });
  else if (datum.MetricName.length < 1 || datum.MetricName.length > 255) invalid('MetricName', datum.MetricName);

  const dimensions = datum.Dimensions ?? [];
  if (dimensions.length > MAX_DIMENSIONS) {
    value(`The collection ${at}.Dimensions must not have a size greater than ${MAX_DIMENSIONS}.`);
  }
  dimensions.forEach((d, i) => {
    const member = `Dimensions.member.${i + 1}`;
    if (!d.Name) problems.push({ kind: 'missing', message: `The parameter ${at}.${member}.Name is required.` });
    else if (d.Name.length > 255) invalid(`${member}.Name`, d.Name);
    if (d.Value === undefined) problems.push({ kind: 'missing', message: `The parameter ${at}.${member}.Value is required.` });
    else if (d.Value.length < 1 || d.Value.length > 1024) invalid(`${member}.Value`, d.Value);
  });
  const names = dimensions.map((d) => d.Name);
  if (new Set(names).size !== names.length) value(`No Metric Dimension Name may be specified more than once in ${at}.Dimensions.`);

  const hasValue = datum.Value !== undefined;
  const hasValues = datum.Values !== undefined && datum.Values.length > 0;
  const hasSet = datum.StatisticValues !== undefined;
  const exclusive = (a: string, b: string) =>
    combination(`The parameters ${at}.${a} and ${at}.${b} are mutually exclusive and you have specified both.`);
  if (hasValue && hasSet) exclusive('Value', 'StatisticValues');
  if (hasValue && hasValues) exclusive('Value', 'Values');
  if (hasValues && hasSet) exclusive('Values', 'StatisticValues');
  if (!hasValue && !hasValues && !hasSet) {
    combination(`At least one of the parameters ${at}.Value and ${at}.StatisticValues must be specified.`);
  }

  if (hasValue && !isStorable(datum.Value)) invalid('Value', datum.Value);
  if (hasSet) {
    for (const field of ['SampleCount', 'Sum', 'Minimum', 'Maximum'] as const) {
      const v = datum.StatisticValues![field];
      if (!isStorable(v)) invalid(`StatisticValues.${field}`, v);
    }
    if (datum.StatisticValues!.SampleCount <= 0) invalid('StatisticValues.SampleCount', datum.StatisticValues!.SampleCount);
  }
  const values = datum.Values ?? [];
  if (values.length > MAX_VALUES) value(`The collection ${at}.Values must not have a size greater than ${MAX_VALUES}.`);
  values.forEach((v, i) => { if (!isStorable(v)) invalid(`Values.member.${i + 1}`, v); });
  if (datum.Counts !== undefined && datum.Counts.length > 0) {
    if (datum.Counts.length !== values.length) {
      value(`The parameters ${at}.Values and ${at}.Counts must be of the same size.`);
    }
    datum.Counts.forEach((c, i) => { if (!isStorable(c) || c < 0) invalid(`Counts.member.${i + 1}`, c); });
  }

  if (datum.Unit !== undefined && !STANDARD_UNITS.has(datum.Unit)) {
    value(`The parameter ${at}.Unit must be a value in the set [ ${[...STANDARD_UNITS].join(', ')} ].`);
  }
  if (datum.StorageResolution !== undefined && datum.StorageResolution !== 1 && datum.StorageResolution !== 60) {
    invalid('StorageResolution', datum.StorageResolution);
  }
  if (datum.Timestamp !== undefined) {
    const t = datum.Timestamp.getTime();
    if (Number.isNaN(t) || t < nowMs - TWO_WEEKS_MS) value(`The parameter ${at}.Timestamp must specify a time within the past two weeks.`);
    else if (t > nowMs + TWO_HOURS_MS) value(`The parameter ${at}.Timestamp must specify a time no more than two hours in the future.`);
  }
  return problems;
}
