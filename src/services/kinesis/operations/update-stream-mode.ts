import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { findStream } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';

export interface UpdateStreamModeInput {
  StreamARN?: string;
  StreamModeDetails?: { StreamMode?: string };
}

/** Switches capacity mode; the shards stay as they are (AWS also keeps them when switching). */
export function updateStreamMode(input: UpdateStreamModeInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.StreamARN, 'streamARN');
  v.required(input.StreamModeDetails, 'streamModeDetails');
  v.required(input.StreamModeDetails?.StreamMode, 'streamModeDetails.streamMode');
  v.oneOf(input.StreamModeDetails?.StreamMode, 'streamModeDetails.streamMode', ['PROVISIONED', 'ON_DEMAND']);
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, { StreamARN: input.StreamARN });
  const mode = input.StreamModeDetails!.StreamMode as 'PROVISIONED' | 'ON_DEMAND';
  if (mode === stream.mode) throw invalidArgument(`Stream ${stream.name} under account ${ctx.accountId} is already in ${mode} mode.`);
  streams.put(stream.name, { ...stream, mode });
  return {};
}
