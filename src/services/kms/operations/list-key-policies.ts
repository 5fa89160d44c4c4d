import type { OperationContext } from '../../define-service.js';
import { pageLimit } from '../model/paging.js';
import { resolveKey } from '../model/resolve-key.js';

/** Every key has exactly one policy, named `default`. */
export function listKeyPolicies(input: { KeyId?: string; Limit?: number; Marker?: string }, ctx: OperationContext) {
  resolveKey(ctx, input.KeyId, { allowAlias: false });
  pageLimit(input.Limit);
  return { PolicyNames: ['default'], Truncated: false };
}
