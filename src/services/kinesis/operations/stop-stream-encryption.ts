import type { OperationContext } from '../../define-service.js';
import { checkEncryptionInput, type EncryptionInput } from '../model/encryption.js';
import { findStream } from '../model/stream-lookup.js';

export function stopStreamEncryption(input: EncryptionInput, ctx: OperationContext): Record<string, never> {
  checkEncryptionInput(input);
  const { stream, streams } = findStream(ctx, input);
  const { encryption: _dropped, ...rest } = stream;
  streams.put(stream.name, rest);
  return {};
}
