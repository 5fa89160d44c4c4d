import type { OperationContext } from '../../define-service.js';
import { keyMetadata } from '../model/key-metadata.js';
import { resolveKey } from '../model/resolve-key.js';

export function describeKey(input: { KeyId?: string }, ctx: OperationContext): { KeyMetadata: Record<string, unknown> } {
  // Describing a predefined AWS alias creates its AWS managed key, as KMS documents.
  return { KeyMetadata: keyMetadata(resolveKey(ctx, input.KeyId, { createManaged: true })) };
}
