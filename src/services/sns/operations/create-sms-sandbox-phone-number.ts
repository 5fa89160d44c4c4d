import { randomInt, randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { recordMessage } from '../delivery/record.js';
import { invalidParameter } from '../errors.js';
import { checkE164, saveSmsAccount, SANDBOX_LANGUAGES, smsAccount } from '../model/sms.js';

/** AWS allows ten sandbox destination numbers per account. */
const MAX_SANDBOX_NUMBERS = 10;

/**
 * Adds a destination number to the SMS sandbox and texts it a one-time password. The text is
 * recorded at GET /_kumo/sns/messages (protocol sms, type SandboxVerification), where a test
 * reads the code for VerifySMSSandboxPhoneNumber.
 */
export function createSMSSandboxPhoneNumber(input: { PhoneNumber?: string; LanguageCode?: string }, ctx: OperationContext): Record<string, never> {
  const number = checkE164(input.PhoneNumber);
  const language = input.LanguageCode ?? 'en-US';
  if (!SANDBOX_LANGUAGES.has(language)) throw invalidParameter('Invalid parameter: LanguageCode');
  const account = smsAccount(ctx.store, ctx);
  const existing = account.sandbox[number];
  if (existing?.status === 'Verified') throw invalidParameter('Invalid parameter: PhoneNumber Reason: Phone number is already verified');
  if (!existing && Object.keys(account.sandbox).length >= MAX_SANDBOX_NUMBERS) {
    throw invalidParameter('Invalid parameter: PhoneNumber Reason: You have reached the maximum number of sandbox phone numbers');
  }
  const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const now = ctx.clock.now();
  account.sandbox[number] = { status: 'Pending', otp, createdMs: existing?.createdMs ?? now };
  saveSmsAccount(ctx.store, ctx, account);
  recordMessage(ctx.store, now, {
    accountId: ctx.accountId,
    region: ctx.region,
    protocol: 'sms',
    endpoint: number,
    messageId: randomUUID(),
    message: `Your one-time password for Amazon SNS is ${otp}`,
    type: 'SandboxVerification',
    token: otp,
    timestamp: new Date(now).toISOString(),
  });
  return {};
}
