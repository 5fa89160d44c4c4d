import { AwsError } from '../../shared/aws-error.js';

/** CloudWatch Logs' errors, with AWS's codes and messages (JSON 1.1: the shape name is the code). */

export function groupNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
}

export function streamNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message);
}

export function groupExists(): AwsError {
  return new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists');
}

export function streamExists(): AwsError {
  return new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists');
}

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message);
}

/** The wording AWS's request validation uses for a member that breaks a model constraint. */
export function constraintViolation(value: unknown, member: string, constraint: string): AwsError {
  return invalidParameter(`1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`);
}

export function invalidToken(): AwsError {
  return invalidParameter('The specified nextToken is invalid.');
}

export function invalidOperation(message: string): AwsError {
  return new AwsError('InvalidOperationException', message);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message);
}
