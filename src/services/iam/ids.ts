import { randomBytes, randomInt } from 'node:crypto';

/**
 * AWS-shaped identifiers. Unique ids are a four-letter prefix naming the kind (AIDA user,
 * AROA role, AGPA group, ANPA policy, AIPA instance profile) and 17 base32 characters.
 * Access key ids carry the account id in their bits the way AWS's do, so
 * `sts:GetAccessKeyInfo` can read it back from the id alone.
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export type IdPrefix = 'AIDA' | 'AROA' | 'AGPA' | 'ANPA' | 'AIPA' | 'ASCA';

export function uniqueId(prefix: IdPrefix): string {
  let id = prefix;
  for (let i = 0; i < 17; i++) id += BASE32[randomInt(32)];
  return id;
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function unbase32(text: string): Buffer | undefined {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = BASE32.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** `AKIA...` for long-term keys, `ASIA...` for temporary ones: 20 characters. */
export function accessKeyId(prefix: 'AKIA' | 'ASIA', accountId: string): string {
  const bytes = randomBytes(10);
  // Bits 1..40 of the first six bytes hold the account id; the rest is random.
  const packed = (BigInt(accountId) << 7n) | BigInt(bytes[5]! & 0x7f);
  for (let i = 0; i < 6; i++) bytes[i] = Number((packed >> BigInt(8 * (5 - i))) & 0xffn);
  return prefix + base32(bytes);
}

/** The account an access key id was issued for, read from its bits. */
export function accountOfAccessKeyId(id: string): string | undefined {
  if (id.length !== 20) return undefined;
  const bytes = unbase32(id.slice(4));
  if (!bytes || bytes.length < 6) return undefined;
  let packed = 0n;
  for (let i = 0; i < 6; i++) packed = (packed << 8n) | BigInt(bytes[i]!);
  const account = ((packed & 0x7fffffffff80n) >> 7n).toString().padStart(12, '0');
  return account.length === 12 ? account : undefined;
}

export function secretAccessKey(): string {
  return randomBytes(30).toString('base64').replace(/[+/=]/g, (c) => ({ '+': 'x', '/': 'y', '=': 'z' })[c]!).slice(0, 40);
}

/** An opaque session token; long, as AWS's are, so clients that size buffers for them cope. */
export function sessionToken(): string {
  return 'IQoJb3JpZ2luX2VjE' + randomBytes(180).toString('base64');
}
