import type { OperationContext } from '../../define-service.js';
import { constraintViolation, validation } from '../errors.js';
import { decodeToken, encodeToken, pageLimit } from '../model/paging.js';
import { replayDescription } from '../model/replays.js';
import { replaysTable } from '../store.js';

interface ListReplaysInput {
  NamePrefix?: string;
  State?: string;
  EventSourceArn?: string;
  NextToken?: string;
  Limit?: number;
}

const REPLAY_STATES = ['CANCELLED', 'CANCELLING', 'COMPLETED', 'FAILED', 'RUNNING', 'STARTING'];

export function listReplays(input: ListReplaysInput, ctx: OperationContext) {
  const filters = [input.NamePrefix, input.EventSourceArn, input.State].filter((f) => f !== undefined);
  if (filters.length > 1) throw validation('At most one filter is allowed for ListReplays. Use either : State, EventSourceArn, or NamePrefix.');
  if (input.State !== undefined && !REPLAY_STATES.includes(input.State)) {
    throw constraintViolation(input.State, 'state', `Member must satisfy enum value set: [${REPLAY_STATES.join(', ')}]`);
  }
  const limit = pageLimit(input.Limit);
  const after = decodeToken(input.NextToken);
  const rows = ctx.table(replaysTable).list({ prefix: input.NamePrefix, after })
    .filter(({ value }) => (input.EventSourceArn === undefined || value.sourceArn === input.EventSourceArn) && (input.State === undefined || value.state === input.State));
  const page = rows.slice(0, limit);
  return {
    Replays: page.map(({ value }) => {
      const { ReplayArn: _a, Description: _d, Destination: _t, ...entry } = replayDescription(value);
      return entry;
    }),
    NextToken: rows.length > limit ? encodeToken(page[page.length - 1]!.key) : undefined,
  };
}
