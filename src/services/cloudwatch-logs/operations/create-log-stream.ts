import type { OperationContext } from '../../define-service.js';
import { streamExists } from '../errors.js';
import { streamKey, validateGroupName, validateStreamName } from '../model.js';
import { requireGroup } from '../model/log-data.js';
import { streamsTable } from '../store.js';

export function createLogStream(input: { logGroupName: string; logStreamName: string }, ctx: OperationContext): Record<string, never> {
  validateGroupName(input.logGroupName);
  validateStreamName(input.logStreamName);
  requireGroup(ctx, input.logGroupName);
  const table = ctx.table(streamsTable);
  const key = streamKey(input.logGroupName, input.logStreamName);
  if (table.has(key)) throw streamExists();
  table.put(key, { group: input.logGroupName, name: input.logStreamName, creationTime: ctx.clock.now(), storedBytes: 0, seq: 0 });
  return {};
}
