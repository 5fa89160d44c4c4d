import { invalidParameterValue, validation } from './errors.js';

/** Where a version's code is: a zip in the blob store. */
export interface CodeRef {
  blobId: string;
  /** Base64 SHA-256 of the zip, as CodeSha256 shows it. */
  sha256: string;
  size: number;
}

/** One version's configuration ($LATEST, or frozen by PublishVersion). */
export interface FunctionConfig {
  runtime?: string;
  role: string;
  handler?: string;
  description: string;
  timeout: number;
  memorySize: number;
  environment?: Record<string, string>;
  packageType: string;
  architectures: string[];
  ephemeralStorage: number;
  layers: string[];
  deadLetterTarget?: string;
  tracingMode: string;
  logFormat: string;
  logGroup?: string;
  vpc?: { SubnetIds: string[]; SecurityGroupIds: string[] };
  kmsKeyArn?: string;
  code: CodeRef;
  /** Clock ms. */
  lastModified: number;
  revisionId: string;
  state: 'Pending' | 'Active' | 'Failed' | 'Inactive';
  stateReason?: string;
  stateReasonCode?: string;
  lastUpdateStatus: 'Successful' | 'InProgress' | 'Failed';
  lastUpdateStatusReason?: string;
  lastUpdateStatusReasonCode?: string;
}

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: Record<string, string>;
  Action: string;
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

/** A function: its $LATEST configuration and what belongs to the function as a whole. */
export interface FunctionRecord {
  name: string;
  latest: FunctionConfig;
  tags: Record<string, string>;
  /** Resource policy statements by qualifier ('' for the unqualified function). */
  policies: Record<string, { revisionId: string; statements: PolicyStatement[] }>;
  reservedConcurrency?: number;
  lastVersion: number;
}

export interface VersionRecord {
  version: string;
  config: FunctionConfig;
}

export interface AliasRecord {
  name: string;
  functionVersion: string;
  description: string;
  weights?: Record<string, number>;
  revisionId: string;
}

export interface FunctionRef {
  name: string;
  qualifier?: string;
}

const NAME = /^[a-zA-Z0-9-_]+$/;
const FUNCTION_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9-_]+)(?::([a-zA-Z0-9-_$]+))?$/;
const PARTIAL_ARN = /^(\d{12}):function:([a-zA-Z0-9-_]+)(?::([a-zA-Z0-9-_$]+))?$/;

/**
 * Lambda accepts a name, `name:qualifier`, a partial ARN (`123456789012:function:name`) or a
 * full ARN, each optionally qualified; a separate Qualifier must agree with the derived one.
 */
export function parseFunctionName(input: string, qualifier: string | undefined, scope: { accountId: string; region: string }): FunctionRef {
  let name: string | undefined;
  let derived: string | undefined;
  const full = FUNCTION_ARN.exec(input);
  const partial = full ? undefined : PARTIAL_ARN.exec(input);
  if (full) {
    if (full[1] !== scope.region || full[2] !== scope.accountId) throw functionNameInvalid(input);
    [name, derived] = [full[3], full[4]];
  } else if (partial) {
    if (partial[1] !== scope.accountId) throw functionNameInvalid(input);
    [name, derived] = [partial[2], partial[3]];
  } else {
    const parts = input.split(':');
    if (parts.length > 2 || !NAME.test(parts[0]!) || (parts[1] !== undefined && !/^[a-zA-Z0-9-_$]+$/.test(parts[1]))) throw functionNameInvalid(input);
    [name, derived] = [parts[0], parts[1]];
  }
  if (name!.length > 64) throw validation(input, 'functionName', 'Member must have length less than or equal to 64');
  if (derived !== undefined && qualifier !== undefined && derived !== qualifier) {
    throw invalidParameterValue('The derived qualifier from the function name does not match the specified qualifier.');
  }
  return { name: name!, qualifier: qualifier ?? derived };
}

function functionNameInvalid(value: string) {
  return validation(
    value,
    'functionName',
    'Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?',
  );
}

export function functionArn(scope: { accountId: string; region: string }, name: string, qualifier?: string): string {
  return `arn:aws:lambda:${scope.region}:${scope.accountId}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}

export function versionKey(name: string, version: number | string): string {
  return `${name}:${String(version).padStart(10, '0')}`;
}

export function aliasKey(name: string, alias: string): string {
  return `${name}:${alias}`;
}

/** Lambda's LastModified: ISO 8601 with milliseconds and a +0000 offset. */
export function lastModifiedText(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

export function isVersionNumber(qualifier: string): boolean {
  return /^\d+$/.test(qualifier);
}
