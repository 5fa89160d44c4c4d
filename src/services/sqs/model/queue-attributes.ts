import { invalidAttributeName, invalidAttributeValue, invalidParameterValue, invalidValue } from '../errors.js';
import { parseQueueArn } from './queue-url.js';

/** Integer attributes: [min, max] and the default. */
const INTEGER_ATTRIBUTES: Record<string, { min: number; max: number; default?: number }> = {
  DelaySeconds: { min: 0, max: 900, default: 0 },
  MaximumMessageSize: { min: 1024, max: 262_144, default: 262_144 },
  MessageRetentionPeriod: { min: 60, max: 1_209_600, default: 345_600 },
  ReceiveMessageWaitTimeSeconds: { min: 0, max: 20, default: 0 },
  VisibilityTimeout: { min: 0, max: 43_200, default: 30 },
  KmsDataKeyReusePeriodSeconds: { min: 60, max: 86_400 },
};

const FIFO_ONLY = new Set(['FifoQueue', 'ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit']);
const OTHER_SETTABLE = new Set(['Policy', 'RedrivePolicy', 'RedriveAllowPolicy', 'KmsMasterKeyId', 'SqsManagedSseEnabled']);

/** What GetQueueAttributes computes rather than stores. */
export const COMPUTED_ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
  'QueueArn',
] as const;

export const ALL_QUEUE_ATTRIBUTES = new Set<string>([
  ...Object.keys(INTEGER_ATTRIBUTES),
  ...FIFO_ONLY,
  ...OTHER_SETTABLE,
  ...COMPUTED_ATTRIBUTES,
]);

/** A new queue's attributes before the caller's. */
export function defaultAttributes(fifo: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, rule] of Object.entries(INTEGER_ATTRIBUTES)) if (rule.default !== undefined) out[name] = String(rule.default);
  out.SqsManagedSseEnabled = 'true';
  if (fifo) {
    out.FifoQueue = 'true';
    out.ContentBasedDeduplication = 'false';
    out.DeduplicationScope = 'queue';
    out.FifoThroughputLimit = 'perQueue';
  }
  return out;
}

export interface AttributeContext {
  fifo: boolean;
  creating: boolean;
  /** Whether a queue with this ARN exists (for RedrivePolicy's target). */
  queueExists(arn: string): boolean;
}

/**
 * Checks attributes a caller sets (CreateQueue, SetQueueAttributes) as AWS does and returns
 * them normalized; an empty Policy, RedrivePolicy or RedriveAllowPolicy means "remove".
 */
export function checkAttributes(input: Record<string, string>, ctx: AttributeContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(input)) {
    const value = String(raw);
    if (!ALL_QUEUE_ATTRIBUTES.has(name) || (COMPUTED_ATTRIBUTES as readonly string[]).includes(name)) {
      throw invalidAttributeName(`Unknown Attribute ${name}.`);
    }
    if (FIFO_ONLY.has(name) && !ctx.fifo && !(name === 'FifoQueue' && value === 'false')) {
      throw invalidAttributeName(`Unknown Attribute ${name}.`);
    }
    const integer = INTEGER_ATTRIBUTES[name];
    if (integer) {
      const n = Number(value);
      if (!/^-?\d+$/.test(value.trim()) || n < integer.min || n > integer.max) throw badValue(name);
      out[name] = String(n);
      continue;
    }
    out[name] = checkOther(name, value, ctx);
  }
  if (out.FifoThroughputLimit === 'perMessageGroupId' && (out.DeduplicationScope ?? 'messageGroup') !== 'messageGroup') {
    throw invalidParameterValue('The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup');
  }
  if (out.KmsMasterKeyId && out.SqsManagedSseEnabled === 'true') {
    throw invalidParameterValue('You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.');
  }
  return out;
}

function checkOther(name: string, value: string, ctx: AttributeContext): string {
  switch (name) {
    case 'FifoQueue':
      if (!ctx.creating) throw invalidAttributeValue(`Invalid value for the parameter ${name}.`);
      if (value !== 'true' && value !== 'false') throw badValue(name);
      return value;
    case 'ContentBasedDeduplication':
    case 'SqsManagedSseEnabled':
      if (value !== 'true' && value !== 'false') throw badValue(name);
      return value;
    case 'DeduplicationScope':
      if (value !== 'messageGroup' && value !== 'queue') throw badValue(name);
      return value;
    case 'FifoThroughputLimit':
      if (value !== 'perQueue' && value !== 'perMessageGroupId') throw badValue(name);
      return value;
    case 'Policy':
      if (value === '') return value;
      if (!isJsonObject(value)) throw badValue(name);
      return value;
    case 'RedrivePolicy':
      return value === '' ? value : checkRedrivePolicy(value, ctx);
    case 'RedriveAllowPolicy':
      return value === '' ? value : checkRedriveAllowPolicy(value);
    default:
      return value;
  }
}

function checkRedrivePolicy(value: string, ctx: AttributeContext): string {
  const policy = parseJson(value);
  if (!policy) throw invalidValue('RedrivePolicy', value, 'Redrive policy is not a valid JSON map.');
  const target = policy.deadLetterTargetArn;
  if (typeof target !== 'string') throw invalidValue('RedrivePolicy', value, 'Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
  if (policy.maxReceiveCount === undefined) throw invalidValue('RedrivePolicy', value, 'Redrive policy does not contain mandatory attribute: maxReceiveCount.');
  const count = Number(policy.maxReceiveCount);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw invalidValue('RedrivePolicy', value, `Invalid value for maxReceiveCount: ${String(policy.maxReceiveCount)}, valid values are from 1 to 1000 both inclusive.`);
  }
  const dlq = parseQueueArn(target);
  if (!dlq || !ctx.queueExists(target)) throw invalidValue('RedrivePolicy', value, 'Dead letter target does not exist.');
  if (dlq.name.endsWith('.fifo') !== ctx.fifo) {
    throw invalidValue('RedrivePolicy', value, 'Dead-letter queue must be same type of queue as the source.');
  }
  return JSON.stringify({ deadLetterTargetArn: target, maxReceiveCount: count });
}

function checkRedriveAllowPolicy(value: string): string {
  const policy = parseJson(value);
  if (!policy) throw invalidValue('RedriveAllowPolicy', value, 'Amazon SQS can\'t create the redrive allow policy, as it’s in an unsupported format.');
  const permission = policy.redrivePermission;
  if (permission !== 'allowAll' && permission !== 'denyAll' && permission !== 'byQueue') {
    throw invalidValue('RedriveAllowPolicy', value, 'Amazon SQS can\'t create the redrive allow policy, as it’s in an unsupported format.');
  }
  const sources = policy.sourceQueueArns;
  if (permission === 'byQueue') {
    if (!Array.isArray(sources) || sources.length === 0 || sources.length > 10) {
      throw invalidValue('RedriveAllowPolicy', value, 'Amazon SQS can\'t create the redrive allow policy. To specify one or more source queues, you must set redrivePermission to byQueue and list between 1 and 10 source queue ARNs.');
    }
  } else if (sources !== undefined) {
    throw invalidValue('RedriveAllowPolicy', value, 'Amazon SQS can\'t create the redrive allow policy. To specify one or more source queues, you must set redrivePermission to byQueue.');
  }
  return value;
}

function badValue(name: string): Error {
  return invalidAttributeValue(`Invalid value for the parameter ${name}.`);
}

function parseJson(value: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isJsonObject(value: string): boolean {
  return parseJson(value) !== undefined;
}

/** The redrive policy of a queue's attributes, if it has one. */
export function redrivePolicyOf(attributes: Record<string, string>): { deadLetterTargetArn: string; maxReceiveCount: number } | undefined {
  const raw = attributes.RedrivePolicy;
  if (!raw) return undefined;
  const policy = parseJson(raw);
  if (!policy || typeof policy.deadLetterTargetArn !== 'string') return undefined;
  return { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: Number(policy.maxReceiveCount) };
}

/** Whether a dead-letter queue's RedriveAllowPolicy lets a source queue use it. */
export function redriveAllowed(dlqAttributes: Record<string, string>, sourceArn: string): boolean {
  const policy = dlqAttributes.RedriveAllowPolicy ? parseJson(dlqAttributes.RedriveAllowPolicy) : undefined;
  if (!policy) return true;
  if (policy.redrivePermission === 'denyAll') return false;
  if (policy.redrivePermission === 'byQueue') return Array.isArray(policy.sourceQueueArns) && policy.sourceQueueArns.includes(sourceArn);
  return true;
}
