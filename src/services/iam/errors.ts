import { AwsError } from '../../shared/aws-error.js';

/** IAM's errors, with the codes, statuses and messages AWS returns. */

export function noSuchEntity(message: string): AwsError {
  return new AwsError('NoSuchEntity', message, { status: 404 });
}

export function entityAlreadyExists(message: string): AwsError {
  return new AwsError('EntityAlreadyExists', message, { status: 409 });
}

export function deleteConflict(message: string): AwsError {
  return new AwsError('DeleteConflict', message, { status: 409 });
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceeded', message, { status: 409 });
}

export function malformedPolicyDocument(message: string): AwsError {
  return new AwsError('MalformedPolicyDocument', message, { status: 400 });
}

export function invalidInput(message: string): AwsError {
  return new AwsError('InvalidInput', message, { status: 400 });
}

export function unmodifiableEntity(message: string): AwsError {
  return new AwsError('UnmodifiableEntity', message, { status: 400 });
}

export function validationError(message: string): AwsError {
  return new AwsError('ValidationError', message, { status: 400 });
}

/** The Coral-style message AWS gives for a member that breaks its model constraint. */
export function constraintViolation(member: string, value: unknown, constraint: string): AwsError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  const field = member.charAt(0).toLowerCase() + member.slice(1);
  return validationError(`1 validation error detected: Value ${shown} at '${field}' failed to satisfy constraint: ${constraint}`);
}

export function requireMember(input: object, member: string): void {
  const value = (input as Record<string, unknown>)[member];
  if (value === undefined || value === null) throw constraintViolation(member, undefined, 'Member must not be null');
}
