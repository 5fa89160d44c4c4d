import { randomUUID } from 'node:crypto';
import { isAwsError } from '../../../shared/aws-error.js';
import type { LambdaRuntime } from '../runtime-state.js';
import { runInvocation, type InvocationScope, type InvocationTarget } from './run-invocation.js';

/** AWS retries a failed asynchronous invocation twice, about one and then two minutes later. */
const RETRY_DELAYS_MS = [60_000, 120_000];
const THROTTLE_RETRY_MS = 1_000;

/**
 * Queues an Event invocation: it runs in the background; a function error is retried on
 * Kumo's clock, and after the last attempt the event goes to the dead-letter queue or topic.
 */
export function enqueueEvent(runtime: LambdaRuntime, scope: InvocationScope, target: InvocationTarget, payload: Buffer, attempt = 0): void {
  const run = async () => {
    let failure: { code: string; message: string } | undefined;
    try {
      const reply = await runInvocation(runtime, scope, target, payload);
      if (reply.functionError) {
        const body = safeJson(reply.payload.toString('utf8'));
        failure = { code: String(body.errorType ?? 'Unhandled'), message: String(body.errorMessage ?? '') };
      }
    } catch (error) {
      if (isAwsError(error) && error.code === 'TooManyRequestsException') return later(THROTTLE_RETRY_MS, attempt);
      failure = { code: isAwsError(error) ? error.code : 'ServiceException', message: error instanceof Error ? error.message : String(error) };
    }
    if (!failure) return;
    if (attempt < RETRY_DELAYS_MS.length) return later(RETRY_DELAYS_MS[attempt]!, attempt + 1);
    await deadLetter(runtime, scope, target, payload, failure);
  };
  const later = (delayMs: number, next: number) => {
    const cancel = runtime.scheduler.at(runtime.clock.now() + delayMs, () => {
      runtime.timers.delete(cancel);
      enqueueEvent(runtime, scope, target, payload, next);
    });
    runtime.timers.add(cancel);
  };
  setImmediate(() => void run().catch(() => undefined));
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
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
