import type { OperationContext } from '../../define-service.js';

export interface GetCallerIdentityResponse {
  UserId: string;
  Account: string;
  Arn: string;
}

/** Who the credentials belong to: root credentials are the account itself. */
export function getCallerIdentity(_input: Record<string, never>, ctx: OperationContext): GetCallerIdentityResponse {
  return { UserId: ctx.caller.userId, Account: ctx.caller.accountId, Arn: ctx.caller.arn };
}
