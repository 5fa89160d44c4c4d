import { AwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { checkReplayName, replayNotFound } from '../model/replays.js';
import { replaysTable } from '../store.js';

/** A STARTING or RUNNING replay becomes CANCELLING, then CANCELLED at its next scheduler step. */
export function cancelReplay(input: { ReplayName?: string }, ctx: OperationContext) {
  const name = checkReplayName(input.ReplayName);
  const replays = ctx.table(replaysTable);
  const row = replays.get(name);
  if (!row) throw replayNotFound(name);
  if (row.state !== 'STARTING' && row.state !== 'RUNNING') {
    throw new AwsError('IllegalStatusException', `Replay ${name} is not in a valid state for this operation.`);
  }
  row.state = 'CANCELLING';
  replays.put(name, row);
  return { ReplayArn: row.arn, State: row.state };
}
