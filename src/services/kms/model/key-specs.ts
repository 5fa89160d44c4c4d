import { generateKeyPairSync, randomBytes } from 'node:crypto';

export type KeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC';

/** What a key spec allows, in the order DescribeKey lists the algorithms. */
export interface KeySpecInfo {
  usages: KeyUsage[];
  encryption?: string[];
  signing?: string[];
  mac?: string[];
  /** RSA modulus bits or the EC curve (Node's name). */
  rsaBits?: number;
  curve?: string;
  hmacBytes?: number;
}

const RSA_ENCRYPTION = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
const RSA_SIGNING = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
];

export const KEY_SPECS: Readonly<Record<string, KeySpecInfo>> = {
  SYMMETRIC_DEFAULT: { usages: ['ENCRYPT_DECRYPT'], encryption: ['SYMMETRIC_DEFAULT'] },
  RSA_2048: { usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], encryption: RSA_ENCRYPTION, signing: RSA_SIGNING, rsaBits: 2048 },
  RSA_3072: { usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], encryption: RSA_ENCRYPTION, signing: RSA_SIGNING, rsaBits: 3072 },
  RSA_4096: { usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], encryption: RSA_ENCRYPTION, signing: RSA_SIGNING, rsaBits: 4096 },
  ECC_NIST_P256: { usages: ['SIGN_VERIFY'], signing: ['ECDSA_SHA_256'], curve: 'prime256v1' },
  ECC_NIST_P384: { usages: ['SIGN_VERIFY'], signing: ['ECDSA_SHA_384'], curve: 'secp384r1' },
  ECC_NIST_P521: { usages: ['SIGN_VERIFY'], signing: ['ECDSA_SHA_512'], curve: 'secp521r1' },
  ECC_SECG_P256K1: { usages: ['SIGN_VERIFY'], signing: ['ECDSA_SHA_256'], curve: 'secp256k1' },
  HMAC_224: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_224'], hmacBytes: 28 },
  HMAC_256: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_256'], hmacBytes: 32 },
  HMAC_384: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_384'], hmacBytes: 48 },
  HMAC_512: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_512'], hmacBytes: 64 },
};

/** Key pair specs GenerateDataKeyPair accepts. */
export const KEY_PAIR_SPECS = ['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1'];

/** The digest an algorithm uses (`sha256`), from its suffix. */
export function algorithmHash(algorithm: string): string {
  const match = /SHA_(\d+)$/.exec(algorithm);
  if (!match) throw new Error(`no hash in ${algorithm}`);
  return match[1] === '1' ? 'sha1' : `sha${match[1]}`;
}

export interface GeneratedMaterial {
  /** Secret material: raw bytes for symmetric and HMAC keys, PKCS#8 DER for key pairs. */
  secret: Buffer;
  /** DER SubjectPublicKeyInfo for key pairs. */
  publicKey?: Buffer;
}

export function generateMaterial(spec: KeySpecInfo): GeneratedMaterial {
  if (spec.rsaBits) {
    const pair = generateKeyPairSync('rsa', { modulusLength: spec.rsaBits, publicExponent: 65537 });
    return { secret: pair.privateKey.export({ format: 'der', type: 'pkcs8' }), publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }) };
  }
  if (spec.curve) {
    const pair = generateKeyPairSync('ec', { namedCurve: spec.curve });
    return { secret: pair.privateKey.export({ format: 'der', type: 'pkcs8' }), publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }) };
  }
  return { secret: randomBytes(spec.hmacBytes ?? 32) };
}
