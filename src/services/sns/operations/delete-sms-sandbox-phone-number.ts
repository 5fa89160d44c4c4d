import type { OperationContext } from '../../define-service.js';
import { resourceNotFound } from '../errors.js';
import { checkE164, saveSmsAccount, smsAccount } from '../model/sms.js';

export function deleteSMSSandboxPhoneNumber(input: { PhoneNumber?: string }, ctx: OperationContext): Record<string, never> {
  const number = checkE164(input.PhoneNumber);
  const account = smsAccount(ctx.store, ctx);
  if (!account.sandbox[number]) throw resourceNotFound('Phone number does not exist in the sandbox');
  delete account.sandbox[number];
  saveSmsAccount(ctx.store, ctx, account);
  return {};
}
