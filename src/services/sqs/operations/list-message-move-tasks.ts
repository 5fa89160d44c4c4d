import type { OperationContext } from '../../define-service.js';
import { invalidValue, missingParameter, resourceNotFound } from '../errors.js';
import { findQueueByArn } from '../model/queues.js';

export interface ListMessageMoveTasksInput {
  SourceArn?: string;
  MaxResults?: number;
}

export interface MessageMoveTaskEntry {
  TaskHandle?: string;
  Status: string;
  SourceArn: string;
  DestinationArn?: string;
  MaxNumberOfMessagesPerSecond?: number;
  ApproximateNumberOfMessagesMoved: number;
  ApproximateNumberOfMessagesToMove?: number;
  FailureReason?: string;
  StartedTimestamp: number;
}

/** The most recent move tasks of a source queue (up to 10, newest first); only a running one has a handle. */
export function listMessageMoveTasks(input: ListMessageMoveTasksInput, ctx: OperationContext): { Results: MessageMoveTaskEntry[] } {
  if (!input.SourceArn) throw missingParameter('SourceArn');
  const max = input.MaxResults ?? 1;
  if (!Number.isInteger(max) || max < 1 || max > 10) throw invalidValue('MaxResults', max, 'Must be between 1 and 10, if provided.');
  const source = findQueueByArn(ctx, input.SourceArn);
  if (!source) throw resourceNotFound('The resource that you specified for the SourceArn parameter doesn\'t exist.');
  const rows = source.tables.moveTasks.list({ prefix: `${source.address.name}/`, reverse: true, limit: max });
  return {
    Results: rows.map(({ value: t }) => ({
      ...(t.status === 'RUNNING' ? { TaskHandle: t.handle } : {}),
      Status: t.status,
      SourceArn: t.sourceArn,
      ...(t.destinationArn !== undefined ? { DestinationArn: t.destinationArn } : {}),
      ...(t.rate !== undefined ? { MaxNumberOfMessagesPerSecond: t.rate } : {}),
      ApproximateNumberOfMessagesMoved: t.moved,
      ApproximateNumberOfMessagesToMove: t.toMove,
      ...(t.failureReason !== undefined ? { FailureReason: t.failureReason } : {}),
      StartedTimestamp: t.started,
    })),
  };
}
