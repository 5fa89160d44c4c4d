import type { OperationContext } from '../../define-service.js';
import type { ParameterRow, ParameterVersion } from '../store.js';
import { parameterArn } from './names.js';
import { policiesOutput } from './parameter-policies.js';
import { openSecure } from './secure-values.js';

/** The value as a reader sees it: SecureStrings decrypted only WithDecryption. */
export async function visibleValue(ctx: OperationContext, row: ParameterRow, version: ParameterVersion, decrypt: boolean | undefined): Promise<string> {
  if (version.type !== 'SecureString' || !decrypt) return version.value;
  return openSecure(ctx, parameterArn(ctx.region, ctx.accountId, row.name), version);
}

/** A `Parameter` as GetParameter(s) and GetParametersByPath return it. */
export async function parameterOutput(ctx: OperationContext, row: ParameterRow, version: ParameterVersion, decrypt: boolean | undefined, selector?: string) {
  return {
    Name: row.name,
    Type: version.type,
    Value: await visibleValue(ctx, row, version, decrypt),
    Version: version.version,
    ...(selector !== undefined ? { Selector: selector } : {}),
    LastModifiedDate: new Date(version.lastModifiedMs),
    ARN: parameterArn(ctx.region, ctx.accountId, row.name),
    DataType: version.dataType,
  };
}

/** DescribeParameters' ParameterMetadata for the current version. */
export function parameterMetadata(ctx: OperationContext, row: ParameterRow): Record<string, unknown> {
  const v = row.versions[row.versions.length - 1];
  return {
    Name: row.name,
    ARN: parameterArn(ctx.region, ctx.accountId, row.name),
    Type: v.type,
    ...(v.keyId !== undefined ? { KeyId: v.keyId } : {}),
    LastModifiedDate: new Date(v.lastModifiedMs),
    LastModifiedUser: v.user,
    ...(v.description !== undefined ? { Description: v.description } : {}),
    ...(v.allowedPattern !== undefined ? { AllowedPattern: v.allowedPattern } : {}),
    Version: v.version,
    Tier: v.tier,
    Policies: policiesOutput(v),
    DataType: v.dataType,
  };
}
