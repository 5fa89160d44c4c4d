import type { OperationContext } from '../../define-service.js';
import { checkEncryptionInput, requireKey, type EncryptionInput } from '../model/encryption.js';
import { findStream } from '../model/stream-lookup.js';

/**
 * Server-side encryption with a KMS key: records are then reported with EncryptionType KMS.
 * Kumo checks the key exists; it keeps the data as written (encryption at rest is invisible to clients).
 */
export async function startStreamEncryption(input: EncryptionInput, ctx: OperationContext): Promise<Record<string, never>> {
  const { keyId } = checkEncryptionInput(input);
  findStream(ctx, input);
  await requireKey(ctx, keyId);
  const { stream, streams } = findStream(ctx, input);
  streams.put(stream.name, { ...stream, encryption: { keyId } });
  return {};
}
