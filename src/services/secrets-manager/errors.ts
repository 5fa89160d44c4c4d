import { AwsError } from '../../shared/aws-error.js';

export const notFound = (message = "Secrets Manager can't find the specified secret.") => new AwsError('ResourceNotFoundException', message);
export const exists = (message: string) => new AwsError('ResourceExistsException', message);
export const invalidRequest = (message: string) => new AwsError('InvalidRequestException', message);
export const invalidParameter = (message: string) => new AwsError('InvalidParameterException', message);
export const invalidNextToken = () => new AwsError('InvalidNextTokenException', 'The NextToken value is invalid.');
export const markedForDeletion = () => invalidRequest("You can't perform this operation on the secret because it was marked for deletion.");
export const malformedPolicy = (message: string) => new AwsError('MalformedPolicyDocumentException', message);
export const encryptionFailure = () =>
  new AwsError(
    'EncryptionFailure',
    "Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see Key state: Effect on your KMS key.",
  );
export const decryptionFailure = () => new AwsError('DecryptionFailure', "Secrets Manager can't decrypt the protected secret text using the provided KMS key.");

export function validation(value: unknown, member: string, rule: string): AwsError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return new AwsError('ValidationException', `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${rule}`);
}

export function required(value: unknown, member: string): void {
  if (value === undefined || value === null) throw validation(value, member, 'Member must not be null');
}
