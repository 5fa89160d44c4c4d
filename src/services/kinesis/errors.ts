import { AwsError } from '../../shared/aws-error.js';

/* Kinesis speaks JSON 1.1 only: each error is its Smithy shape name with AWS's message. */

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message);
}

export function streamNotFound(name: string, accountId: string): AwsError {
  return resourceNotFound(`Stream ${name} under account ${accountId} not found.`);
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUseException', message);
}

export function invalidArgument(message: string): AwsError {
  return new AwsError('InvalidArgumentException', message);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message);
}

export function expiredIterator(message: string): AwsError {
  return new AwsError('ExpiredIteratorException', message);
}

export function expiredNextToken(message: string): AwsError {
  return new AwsError('ExpiredNextTokenException', message);
}

/** Constraint violations found before the operation runs, in AWS's "N validation errors detected" form. */
export function validationErrors(messages: string[]): AwsError {
  const count = messages.length;
  return new AwsError('ValidationException', `${count} validation error${count === 1 ? '' : 's'} detected: ${messages.join('; ')}`);
}
