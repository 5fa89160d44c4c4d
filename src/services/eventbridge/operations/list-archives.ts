import type { OperationContext } from '../../define-service.js';
import { constraintViolation, validation } from '../errors.js';
import { archiveDescription } from '../model/archives.js';
import { decodeToken, encodeToken, pageLimit } from '../model/paging.js';
import { archivesTable } from '../store.js';

interface ListArchivesInput {
  NamePrefix?: string;
  EventSourceArn?: string;
  State?: string;
  NextToken?: string;
  Limit?: number;
}

const ARCHIVE_STATES = ['ENABLED', 'DISABLED', 'CREATING', 'UPDATING', 'CREATE_FAILED', 'UPDATE_FAILED'];

export function listArchives(input: ListArchivesInput, ctx: OperationContext) {
  const filters = [input.NamePrefix, input.EventSourceArn, input.State].filter((f) => f !== undefined);
  if (filters.length > 1) throw validation('At most one filter is allowed for ListArchives. Use either : State, EventSourceArn, or NamePrefix.');
  if (input.State !== undefined && !ARCHIVE_STATES.includes(input.State)) {
    throw constraintViolation(input.State, 'state', `Member must satisfy enum value set: [${ARCHIVE_STATES.join(', ')}]`);
  }
  const limit = pageLimit(input.Limit);
  const after = decodeToken(input.NextToken);
  const rows = ctx.table(archivesTable).list({ prefix: input.NamePrefix, after })
    .filter(({ value }) => (input.EventSourceArn === undefined || value.sourceArn === input.EventSourceArn) && (input.State === undefined || value.state === input.State));
  const page = rows.slice(0, limit);
  return {
    Archives: page.map(({ value }) => {
      const { ArchiveArn: _a, Description: _d, EventPattern: _p, ...entry } = archiveDescription(value, ctx);
      return entry;
    }),
    NextToken: rows.length > limit ? encodeToken(page[page.length - 1]!.key) : undefined,
  };
}
