import { lookupCredential } from '../services/iam/index.js';
import type { Handler } from './handler.js';

const TWELVE_DIGITS = /^\d{12}$/;

/**
 * The account is the access key id when it is twelve digits (so tests can act as several
 * accounts), else the default account; the region comes from the credential scope.
 * Keys Kumo issued (IAM access keys, STS session credentials) are looked up in IAM's global
 * credential index: the request then runs as that user or role session, in its account.
 */
export const resolveAccountRegion: Handler = (exchange, runtime) => {
  const accessKeyId = exchange.scope?.accessKeyId ?? '';
  exchange.region = exchange.scope?.region || runtime.config.defaultRegion;
  // The default credentials skip the lookup: `test` and twelve-digit ids are never issued keys.
  const issued = accessKeyId.length === 20 && !TWELVE_DIGITS.test(accessKeyId) ? lookupCredential(runtime.store, accessKeyId) : undefined;
  if (issued) {
    exchange.accountId = issued.accountId;
    exchange.caller = { accessKeyId, accountId: issued.accountId, arn: issued.arn, userId: issued.userId };
    return;
  }
  const accountId = TWELVE_DIGITS.test(accessKeyId) ? accessKeyId : runtime.config.defaultAccount;
  exchange.accountId = accountId;
  exchange.caller = {
    accessKeyId,
    accountId,
    arn: `arn:aws:iam::${accountId}:root`,
    userId: accountId,
  };
};
