import type { ResourcePolicyAnswer, ResourcePolicyRequest } from '../../policy/index.js';
import type { Store } from '../../store/types.js';
import { parseSymmetric } from './model/ciphertext.js';
import { aliasesTable, keysTable } from './store.js';

const ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):(key\/.+|alias\/.+)$/;

/**
 * The key policy of the key a request uses, for the authorize step: named by key or alias
 * ARN (what request-resource builds from KeyId), or, for Decrypt without a KeyId, read from
 * the ciphertext blob's header in the caller's account and region. The policy engine treats a
 * key policy as governing (identity policies count only where it delegates to the account).
 */
export function kmsKeyPolicy(request: ResourcePolicyRequest): ResourcePolicyAnswer | undefined {
  const store = request.store as Store;
  let accountId = request.accountId;
  let region = request.region;
  let ref: string | undefined;
  const arn = ARN.exec(request.resourceArn);
  if (arn) [, region, accountId, ref] = arn;
  else if (request.resourceArn === '*' && request.input.CiphertextBlob instanceof Uint8Array) {
    try {
      ref = `key/${parseSymmetric(request.input.CiphertextBlob).keyId}`;
    } catch {
      return undefined;
    }
  }
  if (ref === undefined) return undefined;
  let keyId = ref.startsWith('key/') ? ref.slice(4) : undefined;
  if (ref.startsWith('alias/')) keyId = store.table(aliasesTable, { accountId, region }).get(ref)?.targetKeyId;
  const row = keyId === undefined ? undefined : store.table(keysTable, { accountId, region }).get(keyId);
  return row ? { policy: row.policy, accountId } : undefined;
}
