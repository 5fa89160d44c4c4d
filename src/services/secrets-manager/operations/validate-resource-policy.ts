import type { OperationContext } from '../../define-service.js';
import { findSecret } from '../model/find-secret.js';
import { checkPolicy } from '../model/resource-policy.js';

/** Syntax only: Kumo has no policy-grammar linter like IAM Access Analyzer. */
export function validateResourcePolicy(input: { SecretId?: string; ResourcePolicy?: string }, ctx: OperationContext) {
  if (input.SecretId !== undefined) findSecret(ctx, input.SecretId);
  checkPolicy(input.ResourcePolicy);
  return { PolicyValidationPassed: true, ValidationErrors: [] };
}
