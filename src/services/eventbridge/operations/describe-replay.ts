import type { OperationContext } from '../../define-service.js';
import { checkReplayName, replayDescription, replayNotFound } from '../model/replays.js';
import { replaysTable } from '../store.js';

export function describeReplay(input: { ReplayName?: string }, ctx: OperationContext) {
  const name = checkReplayName(input.ReplayName);
  const row = ctx.table(replaysTable).get(name);
  if (!row) throw replayNotFound(name);
  return replayDescription(row);
}
