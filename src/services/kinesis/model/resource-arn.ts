import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { findStream } from './stream-lookup.js';
import type { ScopedTable } from '../../../store/types.js';
import type { StreamRow } from '../store.js';
import { Violations } from './violations.js';

/** The stream a TagResource-family ARN names (consumer ARNs are not taggable in Kumo yet). */
export function streamOfResource(ctx: OperationContext, arn: string | undefined): { stream: StreamRow; streams: ScopedTable<StreamRow> } {
  const v = new Violations();
  v.required(arn, 'resourceARN');
  v.length(arn, 'resourceARN', 1, 2048);
  v.throwIfAny();
  if (!/^arn:aws[^:]*:kinesis:[a-z0-9-]+:\d{12}:stream\/[a-zA-Z0-9_.-]+$/.test(arn!)) {
    throw invalidArgument(`Invalid ResourceARN: ${arn}. Only stream ARNs are supported.`);
  }
  return findStream(ctx, { StreamARN: arn });
}
