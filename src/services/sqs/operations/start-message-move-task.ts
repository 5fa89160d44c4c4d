import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, invalidValue, missingParameter, resourceNotFound } from '../errors.js';
import { countMessages } from '../model/messages.js';
import { taskHandle } from '../model/move-tasks.js';
import { redrivePolicyOf } from '../model/queue-attributes.js';
import { findQueueByArn, sqsTables } from '../model/queues.js';
import { runningMovesTable } from '../store.js';

export interface StartMessageMoveTaskInput {
  SourceArn?: string;
  DestinationArn?: string;
  MaxNumberOfMessagesPerSecond?: number;
}

/**
 * Starts moving a dead-letter queue's messages back (to DestinationArn, or to the queue each
 * came from). The task runs in the background on Kumo's clock, at most its rate per second.
 */
export function startMessageMoveTask(input: StartMessageMoveTaskInput, ctx: OperationContext): { TaskHandle: string } {
  if (!input.SourceArn) throw missingParameter('SourceArn');
  const source = findQueueByArn(ctx, input.SourceArn);
  if (!source) throw resourceNotFound('The resource that you specified for the SourceArn parameter doesn\'t exist.');
  const isDeadLetterQueue = source.tables.queues.list().some((row) => redrivePolicyOf(row.value.attributes)?.deadLetterTargetArn === source.arn);
  if (!isDeadLetterQueue) throw invalidParameterValue('Source queue must be configured as a Dead Letter Queue.');
  if (input.DestinationArn !== undefined && !findQueueByArn(ctx, input.DestinationArn)) {
    throw resourceNotFound('The resource that you specified for the DestinationArn parameter doesn\'t exist.');
  }
  const rate = input.MaxNumberOfMessagesPerSecond;
  if (rate !== undefined && (!Number.isInteger(rate) || rate < 1 || rate > 500)) {
    throw invalidValue('MaxNumberOfMessagesPerSecond', rate, 'Must be between 1 and 500, if provided.');
  }
  const tables = sqsTables(ctx, source.address);
  if (tables.moveTasks.list({ prefix: `${source.address.name}/` }).some((t) => t.value.status === 'RUNNING')) {
    throw invalidParameterValue('There is already a task running. Only one active task is allowed for a source queue arn at a given time.');
  }
  const now = ctx.clock.now();
  const counts = countMessages(source, now);
  const handle = taskHandle(randomUUID(), source.arn);
  const key = `${source.address.name}/${String(now).padStart(15, '0')}/${handle}`;
  ctx.store.transaction(() => {
    tables.moveTasks.put(key, {
      handle,
      status: 'RUNNING',
      sourceArn: source.arn,
      ...(input.DestinationArn !== undefined ? { destinationArn: input.DestinationArn } : {}),
      ...(rate !== undefined ? { rate } : {}),
      moved: 0,
      toMove: counts.visible + counts.notVisible + counts.delayed,
      started: now,
    });
    ctx.store.table(runningMovesTable, ctx).put(`${source.address.accountId}/${source.address.region}/${handle}`, { ...source.address, key });
  });
  return { TaskHandle: handle };
}
