import { AwsError } from '../../shared/aws-error.js';

/** EventBridge's errors, with AWS's codes and messages (JSON 1.1: the shape name is the code). */

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

/** The wording AWS's request validation uses for a member that breaks a model constraint. */
export function constraintViolation(value: unknown, member: string, constraint: string): AwsError {
  return validation(`1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`);
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message);
}

export function busNotFound(name: string): AwsError {
  return resourceNotFound(`Event bus ${name} does not exist.`);
}

export function ruleNotFound(name: string, bus: string): AwsError {
  return resourceNotFound(`Rule ${name} does not exist on EventBus ${bus}.`);
}

export function alreadyExists(message: string): AwsError {
  return new AwsError('ResourceAlreadyExistsException', message);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message);
}

export function invalidNextToken(): AwsError {
  return validation('The nextToken provided is invalid.');
}
