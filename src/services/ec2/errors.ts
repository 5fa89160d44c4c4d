import { AwsError } from '../../shared/aws-error.js';

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValue', message, { status: 400 });
}

export function invalidFilter(name: string): AwsError {
  return invalidParameterValue(`The filter '${name}' is invalid`);
}

/** What EC2 answers to `DryRun: true` when the caller would be allowed. */
export function dryRunOperation(): AwsError {
  return new AwsError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', { status: 412 });
}
