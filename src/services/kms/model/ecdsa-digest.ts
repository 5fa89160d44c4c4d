import { createECDH, randomBytes, type KeyObject } from 'node:crypto';

/*
 * ECDSA over a caller-supplied digest (KMS MessageType DIGEST). Node signs only messages it
 * hashes itself, so this does the curve arithmetic with bigint (RFC 6979 section 2.4 math with a
 * random nonce): slow next to OpenSSL, but only DIGEST requests take this path.
 */
interface Curve {
  p: bigint;
  a: bigint;
  n: bigint;
  /** Node's ECDH name, used to get the generator point. */
  ecdh: string;
  bytes: number;
}

const hex = (h: string) => BigInt(`0x${h}`);
const P256 = hex('ffffffff00000001000000000000000000000000ffffffffffffffffffffffff');
const P384 = hex('fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff');
const P521 = (1n << 521n) - 1n;
const K256 = hex('fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f');

export const CURVES: Readonly<Record<string, Curve>> = {
  prime256v1: { p: P256, a: P256 - 3n, n: hex('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'), ecdh: 'prime256v1', bytes: 32 },
  secp384r1: { p: P384, a: P384 - 3n, n: hex('ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973'), ecdh: 'secp384r1', bytes: 48 },
  secp521r1: {
    p: P521,
    a: P521 - 3n,
    n: hex('01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409'),
    ecdh: 'secp521r1',
    bytes: 66,
  },
  secp256k1: { p: K256, a: 0n, n: hex('fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141'), ecdh: 'secp256k1', bytes: 32 },
};

type Point = { x: bigint; y: bigint } | null;

const mod = (v: bigint, m: bigint) => ((v % m) + m) % m;

function inverse(v: bigint, m: bigint): bigint {
  let [a, b, x0, x1] = [mod(v, m), m, 0n, 1n];
  while (a > 1n) {
    const q = a / b;
    [a, b] = [b, a % b];
    [x0, x1] = [x1 - q * x0, x0];
    if (b === 0n && a !== 1n) throw new Error('not invertible');
  }
  return mod(x1, m);
}

function add(c: Curve, P: Point, Q: Point): Point {
  if (!P) return Q;
  if (!Q) return P;
  if (P.x === Q.x) {
    if (mod(P.y + Q.y, c.p) === 0n) return null;
    const l = mod((3n * P.x * P.x + c.a) * inverse(2n * P.y, c.p), c.p);
    const x = mod(l * l - 2n * P.x, c.p);
    return { x, y: mod(l * (P.x - x) - P.y, c.p) };
  }
  const l = mod((Q.y - P.y) * inverse(Q.x - P.x, c.p), c.p);
  const x = mod(l * l - P.x - Q.x, c.p);
  return { x, y: mod(l * (P.x - x) - P.y, c.p) };
}

function multiply(c: Curve, k: bigint, P: Point): Point {
  let result: Point = null;
  let addend = P;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(c, result, addend);
    addend = add(c, addend, addend);
  }
  return result;
}

function toBig(buf: Buffer): bigint {
  return buf.length === 0 ? 0n : BigInt(`0x${buf.toString('hex')}`);
}

function generator(c: Curve): Point {
  const ecdh = createECDH(c.ecdh);
  const one = Buffer.alloc(c.bytes);
  one[c.bytes - 1] = 1;
  ecdh.setPrivateKey(one);
  const pub = ecdh.getPublicKey();
  return { x: toBig(pub.subarray(1, 1 + c.bytes)), y: toBig(pub.subarray(1 + c.bytes)) };
}

/** The digest as an integer, keeping its leftmost bits when it is longer than the order. */
function digestInt(c: Curve, digest: Buffer): bigint {
  const bits = c.n.toString(2).length;
  let z = toBig(digest);
  const extra = digest.length * 8 - bits;
  if (extra > 0) z >>= BigInt(extra);
  return z;
}

function derInt(v: bigint): Buffer {
  let h = v.toString(16);
  if (h.length % 2) h = `0${h}`;
  let b = Buffer.from(h, 'hex');
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return Buffer.concat([Buffer.from([0x02]), derLength(b.length), b]);
}

function derLength(n: number): Buffer {
  return n < 0x80 ? Buffer.from([n]) : Buffer.from([0x81, n]);
}

function parseDer(sig: Buffer): { r: bigint; s: bigint } | undefined {
  try {
    let i = 0;
    if (sig[i++] !== 0x30) return undefined;
    let len = sig[i++];
    if (len === 0x81) len = sig[i++];
    if (i + len !== sig.length) return undefined;
    const read = () => {
      if (sig[i++] !== 0x02) throw new Error('int');
      const l = sig[i++];
      const v = toBig(sig.subarray(i, i + l));
      i += l;
      return v;
    };
    const r = read();
    const s = read();
    return i === sig.length ? { r, s } : undefined;
  } catch {
    return undefined;
  }
}

export function signDigest(curveName: string, privateKey: KeyObject, digest: Buffer): Buffer {
  const c = CURVES[curveName];
  const d = toBig(Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url'));
  const G = generator(c);
  const z = digestInt(c, digest);
  for (;;) {
    const k = mod(toBig(randomBytes(c.bytes + 8)), c.n - 1n) + 1n;
    const R = multiply(c, k, G)!;
    const r = mod(R.x, c.n);
    if (r === 0n) continue;
    const s = mod(inverse(k, c.n) * (z + r * d), c.n);
    if (s === 0n) continue;
    const body = Buffer.concat([derInt(r), derInt(s)]);
    return Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]);
  }
}

export function verifyDigest(curveName: string, publicKey: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const c = CURVES[curveName];
  const parsed = parseDer(signature);
  if (!parsed) return false;
  const { r, s } = parsed;
  if (r <= 0n || r >= c.n || s <= 0n || s >= c.n) return false;
  const jwk = publicKey.export({ format: 'jwk' });
  const Q: Point = { x: toBig(Buffer.from(jwk.x!, 'base64url')), y: toBig(Buffer.from(jwk.y!, 'base64url')) };
  const w = inverse(s, c.n);
  const z = digestInt(c, digest);
  const X = add(c, multiply(c, mod(z * w, c.n), generator(c)), multiply(c, mod(r * w, c.n), Q));
  return X !== null && mod(X.x, c.n) === r;
}
