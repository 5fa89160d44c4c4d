import type { Caller, PayloadSignature } from '../services/define-service.js';
import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';
import { lookupCredential } from '../services/iam/index.js';
import { authorizeKey } from './authorize.js';
import { verifyPayloadSignature } from './verify-signature.js';

const TWELVE_DIGITS = /^\d{12}$/;

/**
 * `ctx.authorizeSigner`: a request signed inside its payload (an S3 POST form's policy) is
 * checked like a signed request (signature with KUMO_ENFORCE_SIGV4, IAM with KUMO_ENFORCE_IAM)
 * and runs as its signer, resolved as resolve-account-region resolves request keys.
 */
export function authorizeSigner(exchange: Exchange, runtime: KumoRuntime, proof: PayloadSignature, operation: string, input: Record<string, unknown>): Caller {
  verifyPayloadSignature(exchange, runtime, proof);
  const issued = TWELVE_DIGITS.test(proof.accessKeyId) ? undefined : lookupCredential(runtime.store, proof.accessKeyId);
  const accountId = issued?.accountId ?? (TWELVE_DIGITS.test(proof.accessKeyId) ? proof.accessKeyId : runtime.config.defaultAccount);
  if (runtime.config.enforceIam) authorizeKey(exchange, runtime, proof.accessKeyId, operation, input, accountId);
  return issued
    ? { accessKeyId: proof.accessKeyId, accountId, arn: issued.arn, userId: issued.userId }
    : { accessKeyId: proof.accessKeyId, accountId, arn: `arn:aws:iam::${accountId}:root`, userId: accountId };
}
