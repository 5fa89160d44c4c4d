import { AwsError } from '../../shared/aws-error.js';

/** STS's errors as AWS returns them (query protocol codes). */

export function validationError(message: string): AwsError {
  return new AwsError('ValidationError', message, { status: 400 });
}

export function constraintViolation(member: string, value: unknown, constraint: string): AwsError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  const field = member.charAt(0).toLowerCase() + member.slice(1);
  return validationError(`1 validation error detected: Value ${shown} at '${field}' failed to satisfy constraint: ${constraint}`);
}

export function accessDenied(message: string): AwsError {
  return new AwsError('AccessDenied', message, { status: 403 });
}

export function malformedPolicyDocument(message: string): AwsError {
  return new AwsError('MalformedPolicyDocument', message, { status: 400 });
}

export function packedPolicyTooLarge(message: string): AwsError {
  return new AwsError('PackedPolicyTooLarge', message, { status: 400 });
}

export function invalidIdentityToken(message: string): AwsError {
  return new AwsError('InvalidIdentityToken', message, { status: 400 });
}

export function expiredToken(message: string): AwsError {
  return new AwsError('ExpiredTokenException', message, { status: 400, queryCode: 'ExpiredTokenException' });
}

export function invalidAuthorizationMessage(message: string): AwsError {
  return new AwsError('InvalidAuthorizationMessageException', message, { status: 400 });
}
