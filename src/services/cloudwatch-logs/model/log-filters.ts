/** A metric filter: matching events become CloudWatch metric data. Keyed `group:filterName`. */
export interface MetricFilterRecord {
  filterName: string;
  filterPattern: string;
  logGroupName: string;
  metricTransformations: MetricTransformation[];
  creationTime: number;
}

export interface MetricTransformation {
  metricName: string;
  metricNamespace: string;
  metricValue: string;
  defaultValue?: number;
  dimensions?: Record<string, string>;
  unit?: string;
}

/** A subscription filter: matching events go to a destination (a Lambda function). Keyed `group:filterName`. */
export interface SubscriptionFilterRecord {
  filterName: string;
  filterPattern: string;
  logGroupName: string;
  destinationArn: string;
  roleArn?: string;
  distribution: string;
  creationTime: number;
}

export function filterKey(group: string, name: string): string {
  return `${group}:${name}`;
}

/**
 * A metric value or dimension from an event: a number, or `$.path` of a JSON event (nothing
 * when the event is not JSON or lacks the field, so no datum is published for it).
 */
export function extractValue(selector: string, message: string): string | undefined {
  const trimmed = selector.trim();
  if (!trimmed.startsWith('$.')) return trimmed;
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return undefined;
  }
  for (const part of trimmed.slice(2).split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[m[1]!] : undefined;
    for (const index of m[2]!.match(/\d+/g) ?? []) value = Array.isArray(value) ? value[Number(index)] : undefined;
  }
  return value === undefined || value === null || typeof value === 'object' ? undefined : String(value);
}
