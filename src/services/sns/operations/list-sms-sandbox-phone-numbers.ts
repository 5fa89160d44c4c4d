import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { smsAccount } from '../model/sms.js';
import { decodeNextToken, encodeNextToken } from '../topic-lookup.js';

export function listSMSSandboxPhoneNumbers(
  input: { NextToken?: string; MaxResults?: number },
  ctx: OperationContext,
): { PhoneNumbers: Array<{ PhoneNumber: string; Status: string }>; NextToken?: string } {
  const max = input.MaxResults ?? 100;
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidParameter('Invalid parameter: MaxResults');
  const after = decodeNextToken(input.NextToken);
  const sandbox = smsAccount(ctx.store, ctx).sandbox;
  const numbers = Object.keys(sandbox).sort().filter((n) => after === undefined || n > after);
  const page = numbers.slice(0, max);
  return {
    PhoneNumbers: page.map((n) => ({ PhoneNumber: n, Status: sandbox[n]!.status })),
    NextToken: numbers.length > max ? encodeNextToken(page[page.length - 1]!) : undefined,
  };
}
