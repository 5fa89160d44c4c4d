import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, missingParameter, resourceNotFound } from '../errors.js';
import { parseTaskHandle } from '../model/move-tasks.js';
import { findQueueByArn } from '../model/queues.js';
import { runningMovesTable } from '../store.js';

export interface CancelMessageMoveTaskInput {
  TaskHandle?: string;
}

/** Cancels a running move task; the messages moved so far stay moved. */
export function cancelMessageMoveTask(input: CancelMessageMoveTaskInput, ctx: OperationContext): { ApproximateNumberOfMessagesMoved: number } {
  if (!input.TaskHandle) throw missingParameter('TaskHandle');
  const parsed = parseTaskHandle(input.TaskHandle);
  if (!parsed) throw invalidParameterValue('Value for parameter TaskHandle is invalid.');
  const source = findQueueByArn(ctx, parsed.sourceArn);
  const found = source?.tables.moveTasks.list({ prefix: `${source.address.name}/` }).find((row) => row.value.handle === input.TaskHandle);
  if (!source || !found) throw resourceNotFound('Task does not exist.');
  const task = found.value;
  if (task.status !== 'RUNNING') throw invalidParameterValue('Only active tasks can be cancelled.');
  ctx.store.transaction(() => {
    source.tables.moveTasks.put(found.key, { ...task, status: 'CANCELLED' });
    ctx.store.table(runningMovesTable, ctx).delete(`${source.address.accountId}/${source.address.region}/${task.handle}`);
  });
  return { ApproximateNumberOfMessagesMoved: task.moved };
}
