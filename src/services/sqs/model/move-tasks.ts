import type { Store } from '../../../store/types.js';
import { runningMovesTable, type MessageRow, type MoveTaskRow } from '../store.js';
import { msgKey, putMessage, removeMessage, seqOfVisKey, visibleSeqs } from './messages.js';
import { findQueueByArn, sqsTables } from './queues.js';

/** With no MaxNumberOfMessagesPerSecond AWS picks a system-optimized rate; Kumo moves 500/s. */
export const DEFAULT_MOVE_RATE = 500;

/** AWS's task handles are base64 JSON naming the task and its source queue. */
export function taskHandle(taskId: string, sourceArn: string): string {
  return Buffer.from(JSON.stringify({ taskId, sourceArn }), 'utf8').toString('base64');
}

export function parseTaskHandle(handle: string): { taskId: string; sourceArn: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(handle, 'base64').toString('utf8'));
    const value = parsed as { taskId?: unknown; sourceArn?: unknown };
    if (typeof value.taskId === 'string' && typeof value.sourceArn === 'string') return { taskId: value.taskId, sourceArn: value.sourceArn };
  } catch {
    // not a handle
  }
  return undefined;
}

/**
 * One second's worth of every running move task: visible messages leave the dead-letter
 * queue for the destination (or the queue each came from), up to the task's rate.
 */
export function stepMoveTasks(store: Store, now: number): void {
  const running = store.table(runningMovesTable, { accountId: '', region: '' });
  for (const { key: runningKey, value: where } of running.list()) {
    store.transaction(() => {
      const tables = sqsTables({ store }, where);
      const task = tables.moveTasks.get(where.key);
      if (!task || task.status !== 'RUNNING') {
        running.delete(runningKey);
        return;
      }
      stepTask(store, now, task);
      tables.moveTasks.put(where.key, task);
      if (task.status !== 'RUNNING') running.delete(runningKey);
    });
  }
}

function stepTask(store: Store, now: number, task: MoveTaskRow): void {
  const lookup = { store, endpoint: 'http://localhost' };
  const source = findQueueByArn(lookup, task.sourceArn);
  if (!source) {
    task.status = 'FAILED';
    task.failureReason = 'AWS.SimpleQueueService.NonExistentQueue';
    return;
  }
  const budget = Math.min(task.rate ?? DEFAULT_MOVE_RATE, Math.max(0, task.toMove - task.moved));
  const keys = budget > 0 ? visibleSeqs(source, now, undefined, budget) : [];
  for (const key of keys) {
    const seq = seqOfVisKey(key);
    const row = source.tables.messages.get(msgKey(source.address.name, seq));
    if (!row) continue;
    const destinationArn = task.destinationArn ?? row.dlqSource;
    const destination = destinationArn ? findQueueByArn(lookup, destinationArn) : undefined;
    if (!destination) {
      task.status = 'FAILED';
      task.failureReason = destinationArn ? 'AWS.SimpleQueueService.NonExistentQueue' : 'CouldNotDetermineMessageSource';
      return;
    }
    removeMessage(source, seq, row);
    const { nonce: _n, recvAt: _r, first: _f, dlqSource: _d, ...rest } = row;
    const moved: MessageRow = { ...rest, rc: 0, vis: now };
    putMessage(store, destination, seq, moved, now);
    task.moved += 1;
  }
  if (task.moved >= task.toMove || keys.length < budget) task.status = 'COMPLETED';
}
