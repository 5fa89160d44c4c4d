import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.replace(/=+$/, '')) {
    value = ((value << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A seed as AWS's virtual MFA devices have: 64 base32 characters. */
export function newSeed(): string {
  return base32Encode(randomBytes(40));
}

/** RFC 6238 TOTP (HMAC-SHA1, 30-second steps, six digits), what authenticator apps compute. */
export function totp(seed: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(seed)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

/**
 * The step of the second of two consecutive codes, searched around now (five minutes either
 * way, for clock drift), or undefined when they are not consecutive codes of this seed.
 */
export function consecutiveStep(seed: string, nowMs: number, code1: string, code2: string, window = 10): number | undefined {
  const now = Math.floor(nowMs / 30_000);
  for (let step = now - window; step <= now + window; step++) {
    if (totp(seed, step) === code1 && totp(seed, step + 1) === code2) return step + 1;
  }
  return undefined;
}
