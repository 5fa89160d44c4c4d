import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { invalidParameter } from '../errors.js';

/**
 * Origination numbers are bought through AWS End User Messaging, which Kumo does not have:
 * every account owns none, as a new AWS account does.
 */
export function listOriginationNumbers(input: { NextToken?: string; MaxResults?: number }, _ctx: OperationContext): { PhoneNumbers: never[] } {
  const max = input.MaxResults;
  if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > 30)) {
    const constraint = max < 1 ? 'greater than or equal to 1' : 'less than or equal to 30';
    throw new AwsError('ValidationException', `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value ${constraint}`);
  }
  if (input.NextToken !== undefined) throw invalidParameter('Invalid parameter: NextToken');
  return { PhoneNumbers: [] };
}
