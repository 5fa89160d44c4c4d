import { AwsError } from '../../shared/aws-error.js';

/* SNS speaks only the query protocol: codes are the bare query codes AWS sends. */

/** `InvalidParameter` with AWS's "Invalid parameter: ..." prefix already in `message`. */
export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameter', message);
}

/** The SDKs call it InvalidParameterValueException; its query code is ParameterValueInvalid. */
export function invalidParameterValue(message: string): AwsError {
  return new AwsError('ParameterValueInvalid', message);
}

export function topicNotFound(): AwsError {
  return new AwsError('NotFound', 'Topic does not exist', { status: 404 });
}

export function subscriptionNotFound(): AwsError {
  return new AwsError('NotFound', 'Subscription does not exist', { status: 404 });
}

export function resourceNotFound(message = 'Resource does not exist'): AwsError {
  return new AwsError('ResourceNotFound', message, { status: 404 });
}

export function authorizationError(message: string): AwsError {
  return new AwsError('AuthorizationError', message, { status: 403 });
}

export function tagPolicyError(message: string): AwsError {
  return new AwsError('TagPolicy', message);
}

export function tagLimitExceeded(): AwsError {
  return new AwsError('TagLimitExceeded', 'Could not complete request: tag quota of per resource exceeded');
}

export function batchError(code: 'TooManyEntriesInBatchRequest' | 'EmptyBatchRequest' | 'BatchEntryIdsNotDistinct' | 'InvalidBatchEntryId' | 'BatchRequestTooLong'): AwsError {
  const messages = {
    TooManyEntriesInBatchRequest: 'The batch request contains more entries than permissible.',
    EmptyBatchRequest: 'The batch request doesn\'t contain any entries.',
    BatchEntryIdsNotDistinct: 'Two or more batch entries in the request have the same Id.',
    InvalidBatchEntryId: 'The Id of a batch entry in a batch request doesn\'t abide by the specification.',
    BatchRequestTooLong: 'The length of all the messages put together is more than the limit.',
  } as const;
  return new AwsError(code, messages[code]);
}
