import type { OperationContext } from '../../define-service.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { summaryShape } from '../model/shapes.js';

export function describeStreamSummary(input: StreamAddress, ctx: OperationContext): Record<string, unknown> {
  const { stream } = findStream(ctx, input);
  return { StreamDescriptionSummary: summaryShape(stream) };
}
