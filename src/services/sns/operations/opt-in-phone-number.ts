import type { OperationContext } from '../../define-service.js';
import { checkE164, saveSmsAccount, smsAccount } from '../model/sms.js';

/** Takes a number off the opt-out list (AWS's once-in-30-days limit is not applied). */
export function optInPhoneNumber(input: { phoneNumber?: string }, ctx: OperationContext): Record<string, never> {
  const number = checkE164(input.phoneNumber, 'phoneNumber');
  const account = smsAccount(ctx.store, ctx);
  if (account.optedOut[number] === undefined) return {};
  delete account.optedOut[number];
  saveSmsAccount(ctx.store, ctx, account);
  return {};
}
