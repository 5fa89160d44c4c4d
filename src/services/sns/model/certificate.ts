import { createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/*
 * Node can make key pairs but not certificates, and SNS subscribers verify signatures with
 * the X.509 certificate at SigningCertURL. A self-signed v1 certificate needs only a few DER
 * structures, so Kumo builds it here rather than taking a dependency.
 */

function der(tag: number, content: Buffer): Buffer {
  const length = content.length;
  let header: Buffer;
  if (length < 0x80) header = Buffer.from([tag, length]);
  else {
    const bytes: number[] = [];
    for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
    header = Buffer.from([tag, 0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([header, content]);
}

const sequence = (...parts: Buffer[]): Buffer => der(0x30, Buffer.concat(parts));

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const bytes = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function utcTime(ms: number): Buffer {
  const iso = new Date(ms).toISOString(); // 2024-01-02T03:04:05.678Z
  const text = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(11, 13) + iso.slice(14, 16) + iso.slice(17, 19) + 'Z';
  return der(0x17, Buffer.from(text, 'ascii'));
}

function name(commonName: string, organization: string): Buffer {
  const attribute = (id: string, value: string) => der(0x31, sequence(oid(id), der(0x0c, Buffer.from(value, 'utf8'))));
  return sequence(attribute('2.5.4.10', organization), attribute('2.5.4.3', commonName));
}

function pem(label: string, body: Buffer): string {
  const lines = body.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export interface SigningMaterial {
  privateKeyPem: string;
  certificatePem: string;
}

/** A new RSA 2048 key pair and a self-signed certificate for it, valid ten years from `nowMs`. */
export function createSigningMaterial(nowMs: number): SigningMaterial {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const sha256WithRsa = sequence(oid('1.2.840.113549.1.1.11'), der(0x05, Buffer.alloc(0)));
  const subject = name('sns.amazonaws.com', 'Kumo');
  const serial = der(0x02, Buffer.from([0x01, ...Array.from({ length: 8 }, (_, i) => (nowMs >> (i * 4)) & 0x7f)]));
  const tbs = sequence(
    serial,
    sha256WithRsa,
    subject,
    sequence(utcTime(nowMs - 86_400_000), utcTime(nowMs + 10 * 365 * 86_400_000)),
    subject,
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificate = sequence(tbs, sha256WithRsa, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: pem('CERTIFICATE', certificate),
  };
}

export function publicKeyOf(certificatePem: string): KeyObject {
  return createPublicKey(certificatePem);
}
