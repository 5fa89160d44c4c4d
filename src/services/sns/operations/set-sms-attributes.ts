import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { checkSmsAttribute, saveSmsAccount, smsAccount } from '../model/sms.js';

/** Sets the account's SMS preferences in this region; an empty value clears one. */
export function setSMSAttributes(input: { attributes?: Record<string, string> }, ctx: OperationContext): Record<string, never> {
  const attributes = input.attributes ?? {};
  if (Object.keys(attributes).length === 0) throw invalidParameter('Invalid parameter: attributes Reason: cannot be empty');
  for (const [name, value] of Object.entries(attributes)) checkSmsAttribute(name, value);
  const account = smsAccount(ctx.store, ctx);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '') delete account.attributes[name];
    else account.attributes[name] = value;
  }
  saveSmsAccount(ctx.store, ctx, account);
  return {};
}
