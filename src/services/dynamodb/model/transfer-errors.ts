import { AwsError } from '../../../shared/aws-error.js';
import { validation } from '../errors.js';

/**
 * The errors of exports to S3 and imports from S3, with AWS's codes. Messages were checked
 * against requests to AWS where public reports show them ("Export Time is invalid",
 * "Duplicate request detected ...", "Invalid Export ARN"); the rest follow the same wording.
 */

export function invalidExportTime(message = 'Export Time is invalid'): AwsError {
  return new AwsError('InvalidExportTimeException', message);
}

export function exportConflict(): AwsError {
  return new AwsError('ExportConflictException', 'Duplicate request detected with conflicting parameters');
}

export function importConflict(): AwsError {
  return new AwsError('ImportConflictException', 'Duplicate request detected with conflicting parameters');
}

export function exportNotFound(arn: string): AwsError {
  return new AwsError('ExportNotFoundException', `Export not found: ${arn}`);
}

export function importNotFound(arn: string): AwsError {
  return new AwsError('ImportNotFoundException', `Import not found: ${arn}`);
}

/** The "1 validation error detected" form DynamoDB gives for a member that breaks its model constraint. */
export function constraint(value: unknown, member: string, rule: string): AwsError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return validation(`1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: Member must ${rule}`);
}

export function checkEnum<T extends string>(value: string | undefined, member: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw constraint(value, member, `satisfy enum value set: [${allowed.join(', ')}]`);
  return value as T;
}

/** ClientToken: `^[^\$]+$`, so neither empty nor holding a dollar sign. */
export function checkClientToken(token: string | undefined): string | undefined {
  if (token !== undefined && !/^[^$]+$/.test(token)) throw constraint(token, 'clientToken', 'satisfy regular expression pattern: ^[^\\$]+$');
  return token;
}

/** S3 bucket names as the DynamoDB model constrains them (S3 itself is stricter). */
export function checkBucketName(bucket: string | undefined, member: string): string {
  if (bucket === undefined) throw constraint(undefined, member, 'not be null');
  if (bucket.length > 255) throw constraint(bucket, member, 'have length less than or equal to 255');
  if (!/^[a-z0-9A-Z]+[.\-\w]*[a-z0-9A-Z]+$/.test(bucket)) throw constraint(bucket, member, 'satisfy regular expression pattern: ^[a-z0-9A-Z]+[\\.\\-\\w]*[a-z0-9A-Z]+$');
  return bucket;
}

/** List tokens are the last key of the page, base64url-encoded; anything else is refused. */
export function decodeListToken(token: string | undefined, operation: string): string | undefined {
  if (token === undefined) return undefined;
  const key = Buffer.from(token, 'base64url').toString('utf8');
  if (!/^[\w.-]+\/\d{14}-[0-9a-f]{8}$/.test(key) || Buffer.from(key).toString('base64url') !== token) {
    throw validation(`Invalid NextToken for ${operation}`);
  }
  return key;
}

export function encodeListToken(key: string): string {
  return Buffer.from(key).toString('base64url');
}
