import { AwsError } from '../../shared/aws-error.js';

/* KMS's errors with AWS's codes and messages (JSON 1.1: the code is the shape name). */

export const notFound = (message: string) => new AwsError('NotFoundException', message);
export const keyNotFound = (arn: string) => notFound(`Key '${arn}' does not exist`);
export const aliasNotFound = (aliasArn: string) => notFound(`Alias ${aliasArn} is not found.`);
export const invalidKeyId = (keyId: string) => notFound(`Invalid keyId '${keyId}'`);
export const disabled = (arn: string) => new AwsError('DisabledException', `${arn} is disabled.`);
export const invalidState = (message: string) => new AwsError('KMSInvalidStateException', message);
export const pendingDeletion = (arn: string) => invalidState(`${arn} is pending deletion.`);
export const invalidCiphertext = () => new AwsError('InvalidCiphertextException', '');
export const incorrectKey = () =>
  new AwsError('IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.');
export const invalidKeyUsage = (message: string) => new AwsError('InvalidKeyUsageException', message);
export const validation = (message: string) => new AwsError('ValidationException', message);
export const alreadyExists = (message: string) => new AwsError('AlreadyExistsException', message);
export const invalidAliasName = (message: string) => new AwsError('InvalidAliasNameException', message);
export const notAuthorized = (message: string) => new AwsError('NotAuthorizedException', message);
export const invalidMarker = () => new AwsError('InvalidMarkerException', 'Invalid marker');
export const invalidGrantId = () => new AwsError('InvalidGrantIdException', 'Grant ID not valid');
export const invalidGrantToken = () => new AwsError('InvalidGrantTokenException', 'Grant token not valid');
export const invalidArn = (message: string) => new AwsError('InvalidArnException', message);
export const malformedPolicy = (message: string) => new AwsError('MalformedPolicyDocumentException', message);
export const unsupported = (message: string) => new AwsError('UnsupportedOperationException', message);
export const tagError = (message: string) => new AwsError('TagException', message);
export const invalidSignature = () => new AwsError('KMSInvalidSignatureException', '');
export const invalidMac = () => new AwsError('KMSInvalidMacException', '');
export const dryRun = () =>
  new AwsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.', { status: 412 });

/** AWS's validation message for one failed constraint. */
export function constraint(value: unknown, member: string, rule: string): AwsError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return validation(`1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${rule}`);
}

export function required(value: unknown, member: string): void {
  if (value === undefined || value === null) throw constraint(value, member, 'Member must not be null');
}
