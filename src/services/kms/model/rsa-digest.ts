import { constants, createHash, privateEncrypt, publicDecrypt, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';

/*
 * RSA signatures over a caller-supplied digest (KMS MessageType DIGEST): PKCS#1 v1.5 through
 * OpenSSL's raw private-key operation with the DigestInfo prefix, PSS encoded by hand
 * (RFC 8017 section 9.1, MGF1 with the same hash, salt as long as the digest, as KMS uses).
 */
const DIGEST_INFO: Record<string, string> = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
};

export function pkcs1SignDigest(key: KeyObject, hash: string, digest: Buffer): Buffer {
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([Buffer.from(DIGEST_INFO[hash], 'hex'), digest]));
}

export function pkcs1VerifyDigest(key: KeyObject, hash: string, digest: Buffer, signature: Buffer): boolean {
  try {
    const recovered = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature);
    const expected = Buffer.concat([Buffer.from(DIGEST_INFO[hash], 'hex'), digest]);
    return recovered.length === expected.length && timingSafeEqual(recovered, expected);
  } catch {
    return false;
  }
}

function mgf1(hash: string, seed: Buffer, length: number): Buffer {
  const out: Buffer[] = [];
  for (let counter = 0; out.length * seed.length < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    out.push(createHash(hash).update(seed).update(c).digest());
  }
  return Buffer.concat(out).subarray(0, length);
}

function modulusBits(key: KeyObject): number {
  return key.asymmetricKeyDetails!.modulusLength!;
}

export function pssSignDigest(key: KeyObject, hash: string, digest: Buffer): Buffer {
  const bits = modulusBits(key);
  const emBits = bits - 1;
  const emLen = Math.ceil(emBits / 8);
  const hLen = digest.length;
  const salt = randomBytes(hLen);
  const H = createHash(hash).update(Buffer.alloc(8)).update(digest).update(salt).digest();
  const db = Buffer.concat([Buffer.alloc(emLen - hLen - hLen - 2), Buffer.from([1]), salt]);
  const mask = mgf1(hash, H, emLen - hLen - 1);
  for (let i = 0; i < db.length; i++) db[i] ^= mask[i];
  db[0] &= 0xff >> (8 * emLen - emBits);
  const em = Buffer.concat([db, H, Buffer.from([0xbc])]);
  const k = Math.ceil(bits / 8);
  return privateEncrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.concat([Buffer.alloc(k - emLen), em]));
}

export function pssVerifyDigest(key: KeyObject, hash: string, digest: Buffer, signature: Buffer): boolean {
  try {
    const bits = modulusBits(key);
    const emBits = bits - 1;
    const emLen = Math.ceil(emBits / 8);
    const hLen = digest.length;
    const m = publicDecrypt({ key, padding: constants.RSA_NO_PADDING }, signature);
    if (m.length - emLen > 0 && m.subarray(0, m.length - emLen).some((b) => b !== 0)) return false;
    const em = m.subarray(m.length - emLen);
    if (em[emLen - 1] !== 0xbc) return false;
    const db = Buffer.from(em.subarray(0, emLen - hLen - 1));
    const H = em.subarray(emLen - hLen - 1, emLen - 1);
    if ((db[0] & ~(0xff >> (8 * emLen - emBits))) !== 0) return false;
    const mask = mgf1(hash, H, db.length);
    for (let i = 0; i < db.length; i++) db[i] ^= mask[i];
    db[0] &= 0xff >> (8 * emLen - emBits);
    const psLen = emLen - hLen - hLen - 2;
    if (db.subarray(0, psLen).some((b) => b !== 0) || db[psLen] !== 1) return false;
    const salt = db.subarray(psLen + 1);
    const H2 = createHash(hash).update(Buffer.alloc(8)).update(digest).update(salt).digest();
    return timingSafeEqual(H, H2);
  } catch {
    return false;
  }
}
