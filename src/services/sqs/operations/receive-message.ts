import type { OperationContext } from '../../define-service.js';
import { invalidValue } from '../errors.js';
import { MAX_VISIBILITY_SECONDS, nextVisibleAt } from '../model/messages.js';
import { integerAttribute, refresh, resolveQueue } from '../model/queues.js';
import { checkSystemAttributeNames, receiveOnce, type ReceivedMessage } from '../model/receive.js';
import { waitForQueue } from '../workers.js';

export interface ReceiveMessageInput {
  QueueUrl?: string;
  AttributeNames?: string[];
  MessageSystemAttributeNames?: string[];
  MessageAttributeNames?: string[];
  MaxNumberOfMessages?: number;
  VisibilityTimeout?: number;
  WaitTimeSeconds?: number;
  ReceiveRequestAttemptId?: string;
}

/**
 * Receives up to 10 messages. With a wait time (the request's, else the queue's
 * ReceiveMessageWaitTimeSeconds) it long-polls: it answers as soon as a message arrives or
 * turns visible, woken by the send or by a timer on Kumo's clock, never by polling.
 */
export async function receiveMessage(input: ReceiveMessageInput, ctx: OperationContext): Promise<{ Messages?: ReceivedMessage[] }> {
  let q = resolveQueue(ctx, input.QueueUrl);
  const max = input.MaxNumberOfMessages ?? 1;
  if (!Number.isInteger(max) || max < 1 || max > 10) throw invalidValue('MaxNumberOfMessages', max, 'Must be between 1 and 10, if provided.');
  const visibilityTimeout = input.VisibilityTimeout ?? integerAttribute(q.row, 'VisibilityTimeout', 30);
  if (!Number.isInteger(visibilityTimeout) || visibilityTimeout < 0 || visibilityTimeout > MAX_VISIBILITY_SECONDS) {
    throw invalidValue('VisibilityTimeout', visibilityTimeout, 'Must be >= 0 and <= 43200, if provided.');
  }
  const wait = input.WaitTimeSeconds ?? integerAttribute(q.row, 'ReceiveMessageWaitTimeSeconds', 0);
  if (!Number.isInteger(wait) || wait < 0 || wait > 20) throw invalidValue('WaitTimeSeconds', wait, 'Must be >= 0 and <= 20, if provided.');
  const systemAttributeNames = [...(input.AttributeNames ?? []), ...(input.MessageSystemAttributeNames ?? [])];
  checkSystemAttributeNames(systemAttributeNames);
  const options = {
    max,
    visibilityTimeout,
    systemAttributeNames,
    messageAttributeNames: input.MessageAttributeNames ?? [],
    ...(input.ReceiveRequestAttemptId !== undefined ? { attemptId: input.ReceiveRequestAttemptId } : {}),
  };

  let messages = receiveOnce(ctx, q, options);
  const deadline = ctx.clock.now() + wait * 1000;
  while (messages.length === 0 && ctx.clock.now() < deadline) {
    const running = await waitForQueue(ctx.store, q.key, deadline, nextVisibleAt(q, ctx.clock.now()));
    const current = refresh(q);
    if (!running || !current) break;
    q = current;
    messages = receiveOnce(ctx, q, options);
  }
  return messages.length > 0 ? { Messages: messages } : {};
}
