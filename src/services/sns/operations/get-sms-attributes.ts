import type { OperationContext } from '../../define-service.js';
import { smsAccount } from '../model/sms.js';

/** The SMS preferences set so far, all of them or the named ones. */
export function getSMSAttributes(input: { attributes?: string[] }, ctx: OperationContext): { attributes: Record<string, string> } {
  const set = smsAccount(ctx.store, ctx).attributes;
  if (!input.attributes?.length) return { attributes: { ...set } };
  const picked: Record<string, string> = {};
  for (const name of input.attributes) if (set[name] !== undefined) picked[name] = set[name];
  return { attributes: picked };
}
