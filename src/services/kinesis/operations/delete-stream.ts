import type { OperationContext } from '../../define-service.js';
import { resourceInUse } from '../errors.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { recordsTable } from '../store.js';

export interface DeleteStreamInput extends StreamAddress {
  EnforceConsumerDeletion?: boolean;
}

/** Deletes the stream and its records at once (AWS shows DELETING for a while; Kumo never does). */
export function deleteStream(input: DeleteStreamInput, ctx: OperationContext): Record<string, never> {
  const { stream, streams } = findStream(ctx, input);
  if (stream.consumers.length > 0 && input.EnforceConsumerDeletion !== true) {
    throw resourceInUse(`Stream ${stream.name} under account ${ctx.accountId} has registered consumers. Use EnforceConsumerDeletion to delete the stream and its consumers.`);
  }
  const records = ctx.table(recordsTable);
  ctx.store.transaction(() => {
    streams.delete(stream.name);
    records.deleteRange({ prefix: `${stream.name}/` });
  });
  return {};
}
