import { AwsError } from '../../shared/aws-error.js';

/*
 * CloudWatch is query-compatible: JSON and CBOR clients see the Smithy shape name, query
 * clients (boto3, CLI v1) the older code, so each error carries both.
 */

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, { queryCode: 'InvalidParameterValue' });
}

export function invalidParameterCombination(message: string): AwsError {
  return new AwsError('InvalidParameterCombinationException', message, { queryCode: 'InvalidParameterCombination' });
}

export function missingParameter(message: string): AwsError {
  return new AwsError('MissingRequiredParameterException', message, { queryCode: 'MissingParameter' });
}

export function invalidNextToken(): AwsError {
  return new AwsError('InvalidNextToken', 'The specified NextToken is not valid.');
}

/** GetMetricData's validation failures (bad statistic, bad Id, ...). */
export function validationError(message: string): AwsError {
  return new AwsError('ValidationException', message, { queryCode: 'ValidationError' });
}

export type ErrorKind = 'value' | 'combination' | 'missing';

/** AWS reports every failing member of one kind in one error, one line each. */
export function errorOfKind(kind: ErrorKind, messages: string[]): AwsError {
  const message = messages.join('\n');
  if (kind === 'combination') return invalidParameterCombination(message);
  if (kind === 'missing') return missingParameter(message);
  return invalidParameterValue(message);
}
