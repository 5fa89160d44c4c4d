import type { OperationContext } from '../../define-service.js';

/**
 * Kumo's accounts are out of the SMS sandbox (as a production AWS account is), so SMS
 * publishing reaches any number; the sandbox number operations still work.
 */
export function getSMSSandboxAccountStatus(_input: unknown, _ctx: OperationContext): { IsInSandbox: boolean } {
  return { IsInSandbox: false };
}
