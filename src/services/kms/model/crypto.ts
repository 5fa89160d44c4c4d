import { constants, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { constraint, dryRun, incorrectKey, invalidCiphertext, invalidKeyUsage, required } from '../errors.js';
import type { KeyRow } from '../store.js';
import { openSymmetric, parseSymmetric, sealSymmetric, type EncryptionContext } from './ciphertext.js';
import { KEY_SPECS, algorithmHash } from './key-specs.js';
import { keyMaterial, requireEnabled, resolveKey } from './resolve-key.js';

/** A key that may do `operation`: enabled and of the right usage. */
export function keyFor(ctx: OperationContext, keyId: unknown, usage: string, operation: string): KeyRow {
  const row = requireEnabled(resolveKey(ctx, keyId, { createManaged: true }));
  if (row.keyUsage !== usage) throw invalidKeyUsage(`${row.arn} key usage is ${row.keyUsage} which is not valid for ${operation}.`);
  return row;
}

export function checkAlgorithm(row: KeyRow, algorithm: string, kind: 'encryption' | 'signing' | 'mac'): void {
  const allowed = KEY_SPECS[row.keySpec][kind] ?? [];
  if (!allowed.includes(algorithm)) throw invalidKeyUsage(`Algorithm ${algorithm} is incompatible with key spec ${row.keySpec}.`);
}

export function checkDryRun(input: { DryRun?: boolean }): void {
  if (input.DryRun) throw dryRun();
}

export function checkPlaintext(plaintext: unknown, member = 'plaintext'): Buffer {
  required(plaintext, member);
  const data = Buffer.from(plaintext as Uint8Array);
  if (data.length < 1) throw constraint('[SENSITIVE]', member, 'Member must have length greater than or equal to 1');
  if (data.length > 4096) throw constraint('[SENSITIVE]', member, 'Member must have length less than or equal to 4096');
  return data;
}

/** Encrypts under a key with its current material (symmetric) or its public key (RSA). */
export function encryptWith(ctx: OperationContext, row: KeyRow, plaintext: Buffer, context: EncryptionContext | undefined, algorithm = 'SYMMETRIC_DEFAULT'): Buffer {
  checkAlgorithm(row, algorithm, 'encryption');
  if (algorithm === 'SYMMETRIC_DEFAULT') {
    const version = row.materials.length - 1;
    return sealSymmetric(row.keyId, version, keyMaterial(ctx, row, version), plaintext, context);
  }
  const key = createPublicKey({ key: Buffer.from(row.publicKey!, 'base64'), format: 'der', type: 'spki' });
  try {
    return publicEncrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: algorithmHash(algorithm) }, plaintext);
  } catch {
    throw constraint('[SENSITIVE]', 'plaintext', `Member must be small enough to encrypt with ${algorithm} under ${row.keySpec}`);
  }
}

export interface Decrypted {
  row: KeyRow;
  plaintext: Buffer;
  algorithm: string;
}

/**
 * Decrypts a blob: symmetric blobs name their key (a KeyId in the request must match it);
 * RSA ciphertexts need the KeyId and algorithm.
 */
export function decryptBlob(ctx: OperationContext, blob: unknown, keyId: unknown, context: EncryptionContext | undefined, algorithm = 'SYMMETRIC_DEFAULT'): Decrypted {
  required(blob, 'ciphertextBlob');
  const data = Buffer.from(blob as Uint8Array);
  if (algorithm === 'SYMMETRIC_DEFAULT') {
    const parsed = parseSymmetric(data);
    const row = resolveKey(ctx, parsed.keyId);
    if (keyId !== undefined && resolveKey(ctx, keyId).keyId !== row.keyId) throw incorrectKey();
    requireEnabled(row);
    if (row.keySpec !== 'SYMMETRIC_DEFAULT') throw invalidCiphertext();
    const plaintext = openSymmetric(parsed, keyMaterial(ctx, row, parsed.version), context);
    return { row, plaintext, algorithm };
  }
  if (keyId === undefined) throw invalidCiphertext();
  const row = keyFor(ctx, keyId, 'ENCRYPT_DECRYPT', 'Decrypt');
  checkAlgorithm(row, algorithm, 'encryption');
  const key = createPrivateKey({ key: keyMaterial(ctx, row), format: 'der', type: 'pkcs8' });
  try {
    const plaintext = privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: algorithmHash(algorithm) }, data);
    return { row, plaintext, algorithm };
  } catch {
    throw invalidCiphertext();
  }
}
