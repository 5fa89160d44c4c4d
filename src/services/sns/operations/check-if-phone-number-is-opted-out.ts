import type { OperationContext } from '../../define-service.js';
import { checkE164, smsAccount } from '../model/sms.js';

export function checkIfPhoneNumberIsOptedOut(input: { phoneNumber?: string }, ctx: OperationContext): { isOptedOut: boolean } {
  const number = checkE164(input.phoneNumber, 'phoneNumber');
  return { isOptedOut: smsAccount(ctx.store, ctx).optedOut[number] !== undefined };
}
