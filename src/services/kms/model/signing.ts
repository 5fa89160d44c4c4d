import { constants, createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { constraint, validation } from '../errors.js';
import type { KeyRow } from '../store.js';
import { CURVES, signDigest, verifyDigest } from './ecdsa-digest.js';
import { KEY_SPECS, algorithmHash } from './key-specs.js';
import { pkcs1SignDigest, pkcs1VerifyDigest, pssSignDigest, pssVerifyDigest } from './rsa-digest.js';

export type MessageType = 'RAW' | 'DIGEST' | 'EXTERNAL_MU';

/** The message as bytes to sign, checked: RAW up to 4096 bytes, DIGEST exactly the hash's length. */
export function checkMessage(message: unknown, messageType: string, algorithm: string): Buffer {
  if (message === undefined || message === null) throw constraint(message, 'message', 'Member must not be null');
  const data = Buffer.from(message as Uint8Array);
  if (data.length < 1 || data.length > 4096) throw constraint('[SENSITIVE]', 'message', 'Member must have length between 1 and 4096');
  if (messageType !== 'RAW' && messageType !== 'DIGEST') throw constraint(messageType, 'messageType', 'Member must satisfy enum value set: [RAW, DIGEST]');
  if (messageType === 'DIGEST' && data.length !== createHash(algorithmHash(algorithm)).digest().length) {
    throw validation(`Digest is invalid length for algorithm ${algorithm}.`);
  }
  return data;
}

export function signWith(row: KeyRow, privateDer: Buffer, algorithm: string, messageType: string, message: Buffer): Buffer {
  const key = createPrivateKey({ key: privateDer, format: 'der', type: 'pkcs8' });
  const hash = algorithmHash(algorithm);
  const pss = algorithm.startsWith('RSASSA_PSS');
  const curve = KEY_SPECS[row.keySpec].curve;
  if (messageType === 'RAW') {
    return sign(hash, message, pss ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST } : key);
  }
  if (curve) return signDigest(CURVES[curve].ecdh, key, message);
  return pss ? pssSignDigest(key, hash, message) : pkcs1SignDigest(key, hash, message);
}

export function verifyWith(row: KeyRow, algorithm: string, messageType: string, message: Buffer, signature: Buffer): boolean {
  const key = createPublicKey({ key: Buffer.from(row.publicKey!, 'base64'), format: 'der', type: 'spki' });
  const hash = algorithmHash(algorithm);
  const pss = algorithm.startsWith('RSASSA_PSS');
  const curve = KEY_SPECS[row.keySpec].curve;
  if (messageType === 'RAW') {
    try {
      return verify(hash, message, pss ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST } : key, signature);
    } catch {
      return false;
    }
  }
  if (curve) return verifyDigest(CURVES[curve].ecdh, key, message, signature);
  return pss ? pssVerifyDigest(key, hash, message, signature) : pkcs1VerifyDigest(key, hash, message, signature);
}
