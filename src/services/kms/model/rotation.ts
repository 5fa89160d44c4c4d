import type { Store } from '../../../store/types.js';
import type { OperationContext } from '../../define-service.js';
import { unsupported } from '../errors.js';
import { keysTable, type KeyRow } from '../store.js';
import { KEY_SPECS, generateMaterial } from './key-specs.js';
import { wrapMaterial } from './master-key.js';
import { requireEnabled, resolveKey } from './resolve-key.js';

/** Only symmetric encryption keys with KMS-made material rotate. */
export function rotatableKey(ctx: OperationContext, keyId: unknown, options: { requireEnabled?: boolean } = {}): KeyRow {
  const row = resolveKey(ctx, keyId, { allowAlias: false });
  if (options.requireEnabled !== false) requireEnabled(row);
  if (row.keySpec !== 'SYMMETRIC_DEFAULT') throw unsupported(`${row.arn} key spec is ${row.keySpec}, which is not supported for this operation.`);
  if (row.keyManager === 'AWS') throw unsupported(`${row.arn} is an AWS managed key, whose rotation AWS manages.`);
  return row;
}

/**
 * New key material becomes current; older versions stay, so ciphertexts made before still
 * decrypt. Replicas of a multi-Region key get the same material.
 */
export function addMaterial(store: Store, row: KeyRow, nowMs: number, type: 'AUTOMATIC' | 'ON_DEMAND'): KeyRow {
  const wrapped = wrapMaterial(store, row.keyId, generateMaterial(KEY_SPECS.SYMMETRIC_DEFAULT).secret);
  const next: KeyRow = { ...row, materials: [...row.materials, wrapped], rotations: [...row.rotations, { ms: nowMs, type }] };
  store.transaction(() => {
    store.table(keysTable, { accountId: row.accountId, region: row.region }).put(row.keyId, next);
    for (const region of row.multiRegion ? [row.primaryRegion!, ...(row.replicaRegions ?? [])] : []) {
      if (region === row.region) continue;
      const replicas = store.table(keysTable, { accountId: row.accountId, region });
      const replica = replicas.get(row.keyId);
      if (replica) replicas.put(row.keyId, { ...replica, materials: next.materials, rotations: next.rotations });
    }
  });
  return next;
}
