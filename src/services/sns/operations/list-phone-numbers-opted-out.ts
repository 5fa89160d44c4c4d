import type { OperationContext } from '../../define-service.js';
import { smsAccount } from '../model/sms.js';
import { decodeNextToken, encodeNextToken } from '../topic-lookup.js';

const PAGE = 100;

/** Numbers that replied STOP (POST /_kumo/sns/sms/opt-out plays that part), 100 a page in number order. */
export function listPhoneNumbersOptedOut(input: { nextToken?: string }, ctx: OperationContext): { phoneNumbers: string[]; nextToken?: string } {
  const after = decodeNextToken(input.nextToken);
  const numbers = Object.keys(smsAccount(ctx.store, ctx).optedOut).sort().filter((n) => after === undefined || n > after);
  const page = numbers.slice(0, PAGE);
  return { phoneNumbers: page, nextToken: numbers.length > PAGE ? encodeNextToken(page[page.length - 1]!) : undefined };
}
