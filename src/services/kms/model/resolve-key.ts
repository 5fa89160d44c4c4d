import { AwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { aliasNotFound, disabled, invalidKeyId, keyNotFound, pendingDeletion, required } from '../errors.js';
import { aliasesTable, keysTable, type KeyRow } from '../store.js';
import { managedKeyPolicy } from './key-policy.js';
import { unwrapMaterial } from './master-key.js';
import { aliasArn, createKeyRow, keyArn } from './new-key.js';
import { purgeKey } from './purge-key.js';

const KEY_ID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32})$/;
const ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):(key\/.+|alias\/.+)$/;

export interface ResolveOptions {
  /** An `alias/aws/<service>` name creates that AWS managed key on first use, as AWS does. */
  createManaged?: boolean;
  /** Whether the alias forms are accepted (ARN-only operations such as key policies refuse them). */
  allowAlias?: boolean;
}

/**
 * Finds a key from any form AWS accepts: key id, key ARN, alias name or alias ARN. Keys past
 * their deletion date are gone even if the sweep has not run yet.
 */
export function resolveKey(ctx: OperationContext, keyId: unknown, options: ResolveOptions = {}): KeyRow {
  required(keyId, 'keyId');
  const id = String(keyId);
  let accountId = ctx.accountId;
  let region = ctx.region;
  let ref = id;
  const arn = ARN.exec(id);
  if (arn) {
    [, region, accountId, ref] = arn;
  }
  const keys = ctx.store.table(keysTable, { accountId, region });
  if (ref.startsWith('alias/')) {
    if (options.allowAlias === false) throw invalidKeyId(id);
    const alias = ctx.store.table(aliasesTable, { accountId, region }).get(ref);
    if (!alias) {
      const service = /^alias\/aws\/([a-z0-9-]+)$/.exec(ref)?.[1];
      if (service && options.createManaged && accountId === ctx.accountId && region === ctx.region) {
        return createManagedKey(ctx, ref, service);
      }
      throw aliasNotFound(aliasArn(region, accountId, ref));
    }
    return live(ctx, keys.get(alias.targetKeyId), keyArn(region, accountId, alias.targetKeyId));
  }
  const bare = ref.startsWith('key/') ? ref.slice(4) : ref;
  if (!KEY_ID.test(bare)) throw invalidKeyId(id);
  return live(ctx, keys.get(bare), keyArn(region, accountId, bare));
}

function live(ctx: OperationContext, row: KeyRow | undefined, arn: string): KeyRow {
  if (!row) throw keyNotFound(arn);
  if (row.state === 'PendingDeletion' && row.deletionMs !== undefined && row.deletionMs <= ctx.clock.now()) {
    purgeKey(ctx.store, row);
    throw keyNotFound(arn);
  }
  return row;
}

function createManagedKey(ctx: OperationContext, aliasName: string, service: string): KeyRow {
  return ctx.store.transaction(() => {
    const row = createKeyRow(ctx, {
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyManager: 'AWS',
      description: `Default key that protects my ${service} data when no other key is defined`,
      policy: managedKeyPolicy(ctx.accountId, ctx.region, service),
    });
    const now = ctx.clock.now();
    ctx.table(aliasesTable).put(aliasName, { name: aliasName, targetKeyId: row.keyId, creationMs: now, updatedMs: now });
    return row;
  });
}

/** A key that can be used for cryptography now: Enabled, else DisabledException or KMSInvalidStateException. */
export function requireEnabled(row: KeyRow): KeyRow {
  if (row.state === 'Disabled') throw disabled(row.arn);
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  if (row.state !== 'Enabled') throw new AwsError('KMSInvalidStateException', `${row.arn} is ${row.state}.`);
  return row;
}

/** A key's material of one version (the current one by default), decrypted from the master key. */
export function keyMaterial(ctx: OperationContext, row: KeyRow, version = row.materials.length - 1): Buffer {
  const wrapped = row.materials[version];
  if (wrapped === undefined) throw new AwsError('InvalidCiphertextException', '');
  try {
    return unwrapMaterial(ctx.store, row.keyId, wrapped);
  } catch {
    throw new AwsError('KMSInternalException', 'The key material cannot be read with this data directory\'s master key.', { status: 500 });
  }
}
