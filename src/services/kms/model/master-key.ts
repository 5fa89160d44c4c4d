import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../../store/types.js';

const MASTER_FILE = 'kms-master.key';
const masters = new WeakMap<Store, Buffer>();

/**
 * The key that encrypts all key material at rest: one per data directory, in a 0600 file
 * beside the database, so the database alone (or an export) never holds usable material.
 * An in-memory store gets a fresh one for its lifetime.
 */
export function masterKey(store: Store): Buffer {
  const known = masters.get(store);
  if (known) return known;
  let key: Buffer;
  if (store.dataDir) {
    const file = join(store.dataDir, MASTER_FILE);
    if (existsSync(file)) {
      key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    } else {
      key = randomBytes(32);
      writeFileSync(`${file}.tmp`, key.toString('base64'), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    }
  } else {
    key = randomBytes(32);
  }
  masters.set(store, key);
  return key;
}

/** Wraps material with AES-256-GCM; the key id is authenticated so material cannot move between keys. */
export function wrapMaterial(store: Store, keyId: string, material: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey(store), iv);
  cipher.setAAD(Buffer.from(keyId));
  const body = Buffer.concat([cipher.update(material), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unwrapMaterial(store: Store, keyId: string, wrapped: string): Buffer {
  const data = Buffer.from(wrapped, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', masterKey(store), data.subarray(0, 12));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(data.subarray(12, 28));
  return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
}
