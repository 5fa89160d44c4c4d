import { AwsError } from '../../shared/aws-error.js';

/** Lambda's errors: rest-json, with AWS's codes, statuses and messages. */

export function functionNotFound(arn: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Function not found: ${arn}`, { status: 404, fields: { Type: 'User' } });
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, { status: 404, fields: { Type: 'User' } });
}

export function resourceConflict(message: string): AwsError {
  return new AwsError('ResourceConflictException', message, { status: 409, fields: { Type: 'User' } });
}

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, { status: 400, fields: { Type: 'User' } });
}

/** A model constraint (length, range, pattern, enum) broken, worded as AWS's validator does. */
export function validation(value: unknown, member: string, constraint: string): AwsError {
  return new AwsError('ValidationException', `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`);
}

export function preconditionFailed(): AwsError {
  return new AwsError(
    'PreconditionFailedException',
    'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
    { status: 412, fields: { Type: 'User' } },
  );
}

export function tooManyRequests(reason: string): AwsError {
  return new AwsError('TooManyRequestsException', 'Rate Exceeded.', {
    status: 429,
    fields: { Type: 'User', Reason: reason, retryAfterSeconds: '1' },
    headers: { 'Retry-After': '1' },
  });
}

export function requestTooLarge(message: string): AwsError {
  return new AwsError('RequestTooLargeException', message, { status: 413, fields: { Type: 'User' } });
}

export function invalidRequestContent(message: string): AwsError {
  return new AwsError('InvalidRequestContentException', message, { status: 400, fields: { Type: 'User' } });
}

export function invalidRuntime(message: string): AwsError {
  return new AwsError('InvalidRuntimeException', message, { status: 502, senderFault: false, fields: { Type: 'User' } });
}

export function policyNotFound(): AwsError {
  return resourceNotFound('The resource you requested does not exist.');
}
