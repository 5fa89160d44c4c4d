import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { invalidCiphertext } from '../errors.js';

/*
 * Kumo's symmetric ciphertext blob:
 *   0x01 | key id length (1) | key id (ASCII) | material version (uint32 BE) | IV (12) | tag (16) | AES-256-GCM body
 * The header and the canonical encryption context are the GCM additional data, so a blob
 * cannot be decrypted under another key, another material version or another context.
 */
const FORMAT = 0x01;

export type EncryptionContext = Record<string, string>;

/** Context pairs sorted by key: the same context always authenticates the same way. */
export function contextAad(context: EncryptionContext | undefined): Buffer {
  const pairs = Object.entries(context ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Buffer.from(JSON.stringify(pairs));
}

export function sealSymmetric(keyId: string, version: number, material: Buffer, plaintext: Buffer, context?: EncryptionContext): Buffer {
  const id = Buffer.from(keyId, 'ascii');
  const header = Buffer.alloc(2 + id.length + 4);
  header[0] = FORMAT;
  header[1] = id.length;
  id.copy(header, 2);
  header.writeUInt32BE(version, 2 + id.length);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', material, iv);
  cipher.setAAD(Buffer.concat([header, contextAad(context)]));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

export interface SymmetricBlob {
  keyId: string;
  version: number;
  header: Buffer;
  iv: Buffer;
  tag: Buffer;
  body: Buffer;
}

/** Reads a blob's header; anything that is not one of Kumo's blobs is InvalidCiphertextException. */
export function parseSymmetric(blob: Uint8Array): SymmetricBlob {
  const data = Buffer.from(blob);
  if (data.length < 2 || data[0] !== FORMAT) throw invalidCiphertext();
  const idLength = data[1];
  const headerLength = 2 + idLength + 4;
  if (data.length < headerLength + 28) throw invalidCiphertext();
  return {
    keyId: data.subarray(2, 2 + idLength).toString('ascii'),
    version: data.readUInt32BE(2 + idLength),
    header: data.subarray(0, headerLength),
    iv: data.subarray(headerLength, headerLength + 12),
    tag: data.subarray(headerLength + 12, headerLength + 28),
    body: data.subarray(headerLength + 28),
  };
}

export function openSymmetric(blob: SymmetricBlob, material: Buffer, context?: EncryptionContext): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', material, blob.iv);
    decipher.setAAD(Buffer.concat([blob.header, contextAad(context)]));
    decipher.setAuthTag(blob.tag);
    return Buffer.concat([decipher.update(blob.body), decipher.final()]);
  } catch {
    throw invalidCiphertext();
  }
}
