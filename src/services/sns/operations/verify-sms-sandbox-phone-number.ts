import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { resourceNotFound } from '../errors.js';
import { checkE164, saveSmsAccount, smsAccount } from '../model/sms.js';

export function verifySMSSandboxPhoneNumber(input: { PhoneNumber?: string; OneTimePassword?: string }, ctx: OperationContext): Record<string, never> {
  const number = checkE164(input.PhoneNumber);
  const account = smsAccount(ctx.store, ctx);
  const entry = account.sandbox[number];
  if (!entry) throw resourceNotFound('Phone number does not exist in the sandbox');
  if (entry.status === 'Verified') return {};
  if (input.OneTimePassword !== entry.otp) {
    throw new AwsError('VerificationException', 'Invalid one-time password', { fields: { Status: 'Pending' } });
  }
  account.sandbox[number] = { status: 'Verified', createdMs: entry.createdMs };
  saveSmsAccount(ctx.store, ctx, account);
  return {};
}
