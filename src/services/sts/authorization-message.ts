import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The encoded authorization failure messages some services (EC2) put in AccessDenied
 * errors, which `sts:DecodeAuthorizationMessage` decodes. Encrypted, as AWS's are, so
 * callers cannot read them without the decode permission; the key lives for the process.
 */
const KEY = createHash('sha256').update(randomBytes(32)).digest();

export interface AuthorizationDetails {
  allowed: boolean;
  explicitDeny: boolean;
  matchedStatements: { items: unknown[] };
  failures: { items: unknown[] };
  context: {
    principal: { id: string; arn: string };
    action: string;
    resource: string;
    conditions: { items: Array<{ key: string; values: { items: Array<{ value: string }> } }> };
  };
}

export function encodeAuthorizationMessage(details: AuthorizationDetails): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(details), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function decodeAuthorizationMessage(encoded: string): string | undefined {
  try {
    const raw = Buffer.from(encoded, 'base64url');
    if (raw.length < 29) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
