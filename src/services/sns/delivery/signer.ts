import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { Store } from '../../../store/types.js';
import { createSigningMaterial } from '../model/certificate.js';
import { canonicalString, type SnsNotice } from '../model/envelope.js';
import { GLOBAL_SCOPE, signingKeyTable } from '../store.js';

/** Where the certificate is served (see ../internal-routes.ts). */
export const SIGNING_CERT_PATH = '/_kumo/sns/SimpleNotificationService-kumo.pem';

/** Signs notices with Kumo's key; the key and certificate persist so old signatures still verify. */
export class Signer {
  readonly certificatePem: string;
  private readonly key: KeyObject;

  constructor(store: Store, nowMs: number) {
    const table = store.table(signingKeyTable, GLOBAL_SCOPE);
    let material = table.get('current');
    if (!material) {
      material = createSigningMaterial(nowMs);
      table.put('current', material);
    }
    this.certificatePem = material.certificatePem;
    this.key = createPrivateKey(material.privateKeyPem);
  }

  /** SignatureVersion 1 is SHA1withRSA, 2 is SHA256withRSA; base64. */
  sign(notice: SnsNotice, signatureVersion: string): string {
    return sign(signatureVersion === '2' ? 'sha256' : 'sha1', Buffer.from(canonicalString(notice), 'utf8'), this.key).toString('base64');
  }
}
