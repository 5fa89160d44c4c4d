import type { Handler } from './handler.js';

const TWELVE_DIGITS = /^\d{12}$/;

/**
 * The account is the access key id when it is twelve digits (so tests can act as several
 * accounts), else the default account; the region comes from the credential scope.
 */
export const resolveAccountRegion: Handler = (exchange, runtime) => {
  const accessKeyId = exchange.scope?.accessKeyId ?? '';
  const accountId = TWELVE_DIGITS.test(accessKeyId) ? accessKeyId : runtime.config.defaultAccount;
  exchange.accountId = accountId;
  exchange.region = exchange.scope?.region || runtime.config.defaultRegion;
  exchange.caller = {
    accessKeyId,
    accountId,
    arn: `arn:aws:iam::${accountId}:root`,
    userId: accountId,
  };
};
