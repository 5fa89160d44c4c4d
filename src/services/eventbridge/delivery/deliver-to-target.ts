import { isAwsError } from '../../../shared/aws-error.js';
import type { EventEnvelope } from '../model/envelope.js';
import { targetInput, type RuleFacts, type TargetInputOptions } from '../model/input-transform.js';
import { busAllowsPutEvents } from '../model/bus-policy.js';
import { busNotFound } from '../errors.js';
import type { TargetRow } from '../store.js';
import type { EventBridgeRuntime } from './eventbridge-runtime.js';
import { busExists, type BusScope } from './route-event.js';
import { addTimer } from './timers.js';

type Forward = (scope: BusScope, event: EventEnvelope) => void;

interface ArnParts {
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

function parseArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return { service: parts[2]!, region: parts[3]!, accountId: parts[4]!, resource: parts.slice(5).join(':') };
}

/** A delivery refused by a bus policy: never retried, as AWS sends permission failures straight to the DLQ. */
class NoPermissions extends Error {}

/** What a retry needs to try the same delivery again later. */
export interface DeliveryAttempt {
  /** The rule's account, region and bus, and the rule's name. */
  scope: BusScope;
  rule: string;
  hops: number;
  /** Retries made before this attempt. */
  attempts: number;
}

/** AWS's defaults: 185 retries within 24 hours. */
const DEFAULT_RETRIES = 185;
const DEFAULT_MAX_AGE_S = 86_400;
/** Backoff doubles from one second up to this, with jitter (AWS documents exponential backoff with jitter, not its figures). */
const MAX_BACKOFF_MS = 5 * 60_000;

/** The wait before retry number `n` (1-based): 2^(n-1) s capped at five minutes, between half and all of it. */
export function backoffMs(n: number): number {
  const full = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(n - 1, 20));
  return Math.ceil(full * (0.5 + Math.random() * 0.5));
}

/**
 * Sends the target's input to it through Kumo's internal client. A failure never reaches
 * PutEvents: retriable failures are tried again after a backoff while the target's RetryPolicy
 * allows (pending retries are rows of the timers table, so they survive a restart); a missing
 * resource, a refused permission or exhausted retries send the event to the target's
 * dead-letter queue if it has one, else it is dropped.
 */
export async function deliverToTarget(eb: EventBridgeRuntime, target: TargetRow, event: EventEnvelope, rule: RuleFacts, forward: Forward, attempt?: DeliveryAttempt): Promise<void> {
  try {
    await send(eb, target, event, rule, forward);
  } catch (error) {
    const attempts = attempt?.attempts ?? 0;
    if (attempt && retriable(error)) {
      const policy = (target.RetryPolicy ?? {}) as { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number };
      const maxRetries = policy.MaximumRetryAttempts ?? DEFAULT_RETRIES;
      const maxAgeMs = (policy.MaximumEventAgeInSeconds ?? DEFAULT_MAX_AGE_S) * 1000;
      const due = eb.runtime.clock.now() + backoffMs(attempts + 1);
      if (attempts < maxRetries && due - rule.ingestionMs <= maxAgeMs && !eb.stopped) {
        addTimer(eb.runtime.store, eb, due, {
          kind: 'retry', accountId: attempt.scope.accountId, region: attempt.scope.region,
          retry: { bus: attempt.scope.bus, rule: attempt.rule, target, event: { ...event }, ingestionMs: rule.ingestionMs, attempts: attempts + 1, hops: attempt.hops },
        });
        return;
      }
    }
    await toDeadLetterQueue(eb, target, event, rule, error, attempts);
  }
}

async function send(eb: EventBridgeRuntime, target: TargetRow, event: EventEnvelope, rule: RuleFacts, forward: Forward): Promise<void> {
  const arn = parseArn(target.Arn);
  if (!arn) throw new Error(`Not an ARN: ${target.Arn}`);
  const scope = { accountId: arn.accountId, region: arn.region };
  const input = targetInput(target as TargetInputOptions, event, rule);
  const aws = eb.runtime.aws;
  switch (arn.service) {
    case 'sqs':
      await sendToQueue(eb, target.Arn, input, (target.SqsParameters as { MessageGroupId?: string } | undefined)?.MessageGroupId, event.id);
      return;
    case 'sns':
      await aws.call('sns', 'Publish', { TopicArn: target.Arn, Message: input }, scope);
      return;
    case 'lambda':
      await aws.call('lambda', 'Invoke', { FunctionName: target.Arn, InvocationType: 'Event', Payload: Buffer.from(input) }, scope);
      return;
    case 'logs': {
      const group = /^log-group:([^:]+)/.exec(arn.resource)?.[1];
      if (!group) throw new Error(`Not a log group ARN: ${target.Arn}`);
      // One stream per event, named after it, as EventBridge writes them.
      await aws.call('cloudwatch-logs', 'CreateLogStream', { logGroupName: group, logStreamName: event.id }, scope).catch((error: unknown) => {
        if (!isAwsError(error) || error.code !== 'ResourceAlreadyExistsException') throw error;
      });
      await aws.call('cloudwatch-logs', 'PutLogEvents', { logGroupName: group, logStreamName: event.id, logEvents: [{ timestamp: Date.parse(event.time), message: input }] }, scope);
      return;
    }
    case 'events': {
      const bus = /^event-bus\/(.+)$/.exec(arn.resource)?.[1];
      if (!bus) throw new Error(`Unsupported EventBridge target: ${target.Arn}`);
      const next = { ...scope, bus };
      const source = rule.ruleArn.split(':')[4] ?? '';
      if (next.accountId !== source) {
        // Another account's bus takes the event only where its policy allows the rule's account.
        const role = typeof target.RoleArn === 'string' ? target.RoleArn : undefined;
        const decision = busAllowsPutEvents(eb.runtime.store, next, { arn: role ?? `arn:aws:iam::${source}:root`, accountId: source, roleArn: role }, {
          'aws:SourceArn': [rule.ruleArn], 'aws:SourceAccount': [source],
        });
        if (decision !== 'allowed') throw new NoPermissions(`Not authorized to put events on ${target.Arn}.`);
      }
      if (!busExists(eb, next)) throw busNotFound(bus);
      forward(next, event);
      return;
    }
    default:
      throw new Error(`Kumo does not deliver to ${arn.service} targets.`);
  }
}

/** SQS's SendMessage to the queue an ARN names; FIFO queues get the group from SqsParameters and the event id as dedup id. */
export async function sendToQueue(
  eb: EventBridgeRuntime,
  queueArn: string,
  body: string,
  groupId: string | undefined,
  dedupId: string,
  attributes?: Record<string, { DataType: string; StringValue: string }>,
): Promise<void> {
  const arn = parseArn(queueArn);
  if (!arn) throw new Error(`Not an SQS queue ARN: ${queueArn}`);
  const scope = { accountId: arn.accountId, region: arn.region };
  const { QueueUrl } = await eb.runtime.aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: arn.resource, QueueOwnerAWSAccountId: arn.accountId }, scope);
  const input: Record<string, unknown> = { QueueUrl, MessageBody: body };
  if (attributes) input.MessageAttributes = attributes;
  if (arn.resource.endsWith('.fifo')) {
    if (groupId !== undefined) input.MessageGroupId = groupId;
    input.MessageDeduplicationId = dedupId;
  }
  await eb.runtime.aws.call('sqs', 'SendMessage', input, scope);
}

const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFound', 'AWS.SimpleQueueService.NonExistentQueue', 'QueueDoesNotExist', 'NotImplemented']);
const PERMISSION = new Set(['AccessDenied', 'AccessDeniedException', 'AuthorizationError', 'AuthorizationErrorException', 'KMSAccessDeniedException']);

function errorCode(error: unknown): string {
  if (error instanceof NoPermissions) return 'NO_PERMISSIONS';
  const code = isAwsError(error) ? error.code : '';
  if (NOT_FOUND.has(code)) return 'RESOURCE_NOT_FOUND';
  if (PERMISSION.has(code)) return 'NO_PERMISSIONS';
  return 'SDK_CLIENT_ERROR';
}

/** AWS does not retry a target that is gone or that it may not use: those fail until someone acts. */
function retriable(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== 'SDK_CLIENT_ERROR') return false;
  // Targets Kumo cannot deliver to fail the same way every time.
  return !(error instanceof Error && !isAwsError(error) && /^(Kumo does not deliver|Not an|Not a |Unsupported)/.test(error.message));
}

/** The dead-letter message: the event, with the attributes AWS adds to say which rule and target failed and why. */
async function toDeadLetterQueue(eb: EventBridgeRuntime, target: TargetRow, event: EventEnvelope, rule: RuleFacts, error: unknown, attempts: number): Promise<void> {
  const dlq = (target.DeadLetterConfig as { Arn?: string } | undefined)?.Arn;
  if (!dlq) return;
  const attribute = (StringValue: string) => ({ DataType: 'String', StringValue });
  try {
    await sendToQueue(eb, dlq, JSON.stringify(event), undefined, event.id, {
      RULE_ARN: attribute(rule.ruleArn),
      TARGET_ARN: attribute(target.Arn),
      ERROR_CODE: attribute(errorCode(error)),
      ERROR_MESSAGE: attribute(error instanceof Error ? error.message : String(error)),
      RETRY_ATTEMPTS: attribute(String(attempts)),
    });
  } catch {
    // A missing dead-letter queue loses the event, as it does on AWS.
  }
}
