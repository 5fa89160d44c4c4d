import { randomUUID } from 'node:crypto';
import { isAwsError } from '../../../shared/aws-error.js';
import type { LambdaRuntime } from '../runtime-state.js';
import { eventInvokeConfigsTable } from '../store.js';
import { runInvocation, type InvocationReply, type InvocationScope, type InvocationTarget } from './run-invocation.js';

/** AWS retries a failed asynchronous invocation twice, about one and then two minutes later. */
const RETRY_DELAYS_MS = [60_000, 120_000];
const THROTTLE_RETRY_MS = 1_000;
const DEFAULT_MAX_AGE_S = 21_600;

export interface EventInvokeConfigRecord {
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  onSuccess?: string;
  onFailure?: string;
  /** Clock ms. */
  lastModified: number;
}

interface Pending {
  payload: Buffer;
  attempt: number;
  /** Clock ms when the event was queued, for the maximum event age. */
  queuedAt: number;
}

/**
 * Queues an Event invocation: it runs in the background; a function error is retried on
 * Kumo's clock (the function's event invoke config sets how often and for how long), then
 * the outcome goes to the on-success or on-failure destination, and a failure also to the
 * dead-letter queue or topic.
 */
export function enqueueEvent(runtime: LambdaRuntime, scope: InvocationScope, target: InvocationTarget, payload: Buffer): void {
  schedule(runtime, scope, target, { payload, attempt: 0, queuedAt: runtime.clock.now() });
}

function schedule(runtime: LambdaRuntime, scope: InvocationScope, target: InvocationTarget, pending: Pending): void {
  const config = invokeConfigOf(runtime, scope, target);
  const maxRetries = config?.maximumRetryAttempts ?? RETRY_DELAYS_MS.length;
  const maxAgeMs = (config?.maximumEventAgeInSeconds ?? DEFAULT_MAX_AGE_S) * 1000;
  const run = async () => {
    if (runtime.clock.now() - pending.queuedAt > maxAgeMs) {
      return finish(runtime, scope, target, pending, config, 'EventAgeExceeded', undefined, { code: 'EventAgeExceeded', message: 'Event age exceeded' });
    }
    let failure: { code: string; message: string } | undefined;
    let reply: InvocationReply | undefined;
    try {
      reply = await runInvocation(runtime, scope, target, pending.payload);
      if (reply.functionError) {
        const body = safeJson(reply.payload.toString('utf8'));
        failure = { code: String(body.errorType ?? 'Unhandled'), message: String(body.errorMessage ?? '') };
      }
    } catch (error) {
      if (isAwsError(error) && error.code === 'TooManyRequestsException') return later(THROTTLE_RETRY_MS, pending.attempt);
      failure = { code: isAwsError(error) ? error.code : 'ServiceException', message: error instanceof Error ? error.message : String(error) };
    }
    if (!failure) return finish(runtime, scope, target, pending, config, 'Success', reply);
    if (pending.attempt < maxRetries) return later(RETRY_DELAYS_MS[Math.min(pending.attempt, RETRY_DELAYS_MS.length - 1)]!, pending.attempt + 1);
    await finish(runtime, scope, target, pending, config, 'RetriesExhausted', reply, failure);
  };
  const later = (delayMs: number, attempt: number) => {
    const cancel = runtime.scheduler.at(runtime.clock.now() + delayMs, () => {
      runtime.timers.delete(cancel);
      schedule(runtime, scope, target, { ...pending, attempt });
    });
    runtime.timers.add(cancel);
  };
  setImmediate(() => void run().catch(() => undefined));
}

function invokeConfigOf(runtime: LambdaRuntime, scope: InvocationScope, target: InvocationTarget): EventInvokeConfigRecord | undefined {
  const qualifier = target.invokedArn.split(':')[7] ?? '$LATEST';
  return runtime.store.table(eventInvokeConfigsTable, scope).get(`${target.record.name}:${qualifier}`);
}

async function finish(
  runtime: LambdaRuntime, scope: InvocationScope, target: InvocationTarget, pending: Pending, config: EventInvokeConfigRecord | undefined,
  condition: 'Success' | 'RetriesExhausted' | 'EventAgeExceeded', reply: InvocationReply | undefined, failure?: { code: string; message: string },
): Promise<void> {
  const destination = condition === 'Success' ? config?.onSuccess : config?.onFailure;
  if (destination) {
    const qualified = target.invokedArn.split(':').length > 7 ? target.invokedArn : `${target.invokedArn}:$LATEST`;
    const record: Record<string, unknown> = {
      version: '1.0',
      timestamp: new Date(runtime.clock.now()).toISOString(),
      requestContext: { requestId: reply?.requestId ?? randomUUID(), functionArn: qualified, condition, approximateInvokeCount: pending.attempt + (condition === 'EventAgeExceeded' ? 0 : 1) },
      requestPayload: safeParse(pending.payload.toString('utf8')),
      responseContext: { statusCode: 200, executedVersion: target.version, ...(reply?.functionError ? { functionError: reply.functionError } : {}) },
    };
    if (reply) record.responsePayload = safeParse(reply.payload.toString('utf8'));
    await sendTo(runtime, scope, destination, JSON.stringify(record), condition === 'Success').catch(() => undefined);
  }
  if (failure) await deadLetter(runtime, scope, target, pending.payload, failure);
}

/** Delivers a destination record to an SQS queue, SNS topic, Lambda function or EventBridge bus. */
async function sendTo(runtime: LambdaRuntime, scope: InvocationScope, arn: string, body: string, success: boolean): Promise<void> {
  const parts = arn.split(':');
  const options = { accountId: scope.accountId, region: scope.region };
  switch (parts[2]) {
    case 'sqs': {
      const { QueueUrl } = await runtime.aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: parts[5], QueueOwnerAWSAccountId: parts[4] }, options);
      await runtime.aws.call('sqs', 'SendMessage', { QueueUrl, MessageBody: body }, options);
      return;
    }
    case 'sns':
      await runtime.aws.call('sns', 'Publish', { TopicArn: arn, Message: body }, options);
      return;
    case 'lambda':
      await runtime.aws.call('lambda', 'Invoke', { FunctionName: arn, InvocationType: 'Event', Payload: Buffer.from(body) }, options);
      return;
    case 'events':
      await runtime.aws.call('eventbridge', 'PutEvents', {
        Entries: [{ Source: 'lambda', DetailType: `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`, Detail: body, EventBusName: arn, Resources: [] }],
      }, options);
      return;
    default:
      return;
  }
}

async function deadLetter(runtime: LambdaRuntime, scope: InvocationScope, target: InvocationTarget, payload: Buffer, failure: { code: string; message: string }): Promise<void> {
  const arn = target.config.deadLetterTarget;
  if (!arn) return;
  const options = { accountId: scope.accountId, region: scope.region };
  const attributes = {
    RequestID: { DataType: 'String', StringValue: randomUUID() },
    ErrorCode: { DataType: 'String', StringValue: failure.code },
    ErrorMessage: { DataType: 'String', StringValue: failure.message.slice(0, 1000) || failure.code },
  };
  const parts = arn.split(':');
  if (parts[2] === 'sqs') {
    const { QueueUrl } = await runtime.aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: parts[5], QueueOwnerAWSAccountId: parts[4] }, options);
    await runtime.aws.call('sqs', 'SendMessage', { QueueUrl, MessageBody: payload.toString('utf8'), MessageAttributes: attributes }, options);
  } else if (parts[2] === 'sns') {
    await runtime.aws.call('sns', 'Publish', { TopicArn: arn, Message: payload.toString('utf8'), MessageAttributes: attributes }, options);
  }
}

function safeJson(text: string): Record<string, unknown> {
  const value = safeParse(text);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
