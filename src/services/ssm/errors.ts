import { AwsError } from '../../shared/aws-error.js';

export const ssmError = (code: string, message = '') => new AwsError(code, message);
export const parameterNotFound = () => ssmError('ParameterNotFound');
export const alreadyExists = () =>
  ssmError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
export const versionNotFound = (name: string, version: string | number) =>
  ssmError('ParameterVersionNotFound', `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`);
export const validationException = (message: string) => ssmError('ValidationException', message);
export const invalidNextToken = () => ssmError('InvalidNextToken', 'The specified token is not valid.');

export function constraint(value: unknown, member: string, rule: string): AwsError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return validationException(`1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${rule}`);
}

export function required(value: unknown, member: string): void {
  if (value === undefined || value === null) throw constraint(value, member, 'Member must not be null');
}
