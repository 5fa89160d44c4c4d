import type { OperationContext } from '../../define-service.js';
import { findBus } from '../model/buses.js';
import { DEFAULT_BUS } from '../model/names.js';
import { decodeToken, encodeToken, pageLimit } from '../model/paging.js';
import { busesTable } from '../store.js';
import { busDescription } from './describe-event-bus.js';

interface ListEventBusesInput {
  NamePrefix?: string;
  NextToken?: string;
  Limit?: number;
}

export function listEventBuses(input: ListEventBusesInput, ctx: OperationContext) {
  const limit = pageLimit(input.Limit);
  const after = decodeToken(input.NextToken);
  findBus(ctx, DEFAULT_BUS); // the default bus is always listed
  const rows = ctx.table(busesTable).list({ prefix: input.NamePrefix, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return {
    EventBuses: page.map(({ value }) => {
      const { KmsKeyIdentifier: _k, DeadLetterConfig: _d, ...entry } = busDescription(value, ctx);
      return entry;
    }),
    NextToken: rows.length > limit ? encodeToken(page[page.length - 1]!.key) : undefined,
  };
}
