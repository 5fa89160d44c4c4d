import type { OperationContext } from '../../define-service.js';
import { alreadyExists, constraint, required, ssmError, validationException } from '../errors.js';
import { checkName, parameterArn } from '../model/names.js';
import { DEFAULT_KEY, sealSecure } from '../model/secure-values.js';
import { expiryOf, parsePolicies } from '../model/parameter-policies.js';
import { checkTags } from '../model/tags.js';
import { expiryKey, expiryTable, parametersTable, type ParameterRow, type ParameterTag, type ParameterVersion } from '../store.js';

export interface PutParameterInput {
  Name?: string;
  Description?: string;
  Value?: string;
  Type?: string;
  KeyId?: string;
  Overwrite?: boolean;
  AllowedPattern?: string;
  Tags?: ParameterTag[];
  Tier?: string;
  Policies?: string;
  DataType?: string;
}

const TYPES = ['String', 'StringList', 'SecureString'];
const DATA_TYPES = ['text', 'aws:ec2:image', 'aws:ssm:integration'];
const MAX_VERSIONS = 100;

function chooseTier(requested: string | undefined, previous: string | undefined, value: string, withPolicies: boolean): string {
  const tier = requested ?? previous ?? 'Standard';
  const large = value.length > 4096;
  if (tier === 'Intelligent-Tiering') return large || withPolicies || previous === 'Advanced' ? 'Advanced' : 'Standard';
  if (tier === 'Standard' && withPolicies) {
    throw validationException("Standard tier parameters don't support parameter policies. To attach a parameter policy, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html");
  }
  if (!['Standard', 'Advanced'].includes(tier)) throw constraint(tier, 'tier', 'Member must satisfy enum value set: [Standard, Advanced, Intelligent-Tiering]');
  if (tier === 'Standard' && previous === 'Advanced') {
    throw validationException("This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the advanced-parameter tier to the standard-parameter tier. If necessary, you can delete the advanced parameter and recreate it as a standard parameter.");
  }
  if (tier === 'Standard' && large) {
    throw validationException('Standard tier parameters support a maximum parameter value of 4096 characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html');
  }
  return tier;
}

export async function putParameter(input: PutParameterInput, ctx: OperationContext) {
  required(input.Name, 'name');
  required(input.Value, 'value');
  const name = input.Name!;
  const value = input.Value!;
  checkName(name);
  if (value.length > 8192) throw constraint('[SENSITIVE]', 'value', 'Member must have length less than or equal to 8192');
  const policies = input.Policies !== undefined && input.Policies !== '' ? parsePolicies(input.Policies, ctx.clock.now()) : undefined;
  if (input.Tags !== undefined && input.Overwrite) {
    throw validationException("Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.");
  }
  const table = ctx.table(parametersTable);
  const existing = table.get(name);
  if (existing && !input.Overwrite) throw alreadyExists();
  const previous = existing?.versions[existing.versions.length - 1];
  const type = input.Type ?? previous?.type;
  if (type === undefined) throw validationException('A parameter type is required when you create a parameter.');
  if (!TYPES.includes(type)) throw constraint(type, 'type', 'Member must satisfy enum value set: [SecureString, StringList, String]');
  if (input.KeyId !== undefined && type !== 'SecureString') throw validationException('KeyId is required for SecureString type parameter only.');
  const dataType = input.DataType ?? previous?.dataType ?? 'text';
  if (!DATA_TYPES.includes(dataType)) throw validationException(`The following data type is not supported: ${dataType} (Data type names are all lowercase.)`);
  if (dataType === 'aws:ec2:image' && !/^ami-[0-9a-f]{8,17}$/.test(value)) {
    throw ssmError('InvalidParameterValue', `Parameter value ${value} is not in the aws:ec2:image format (ami-xxxxxxxx).`);
  }
  const allowedPattern = input.AllowedPattern ?? previous?.allowedPattern;
  if (allowedPattern !== undefined) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(allowedPattern);
    } catch {
      throw ssmError('InvalidAllowedPatternException', `The allowed pattern ${allowedPattern} is not a valid regular expression.`);
    }
    if (!pattern.test(value)) throw ssmError('ParameterPatternMismatchException', `Parameter value, cannot be validated against allowedPattern: ${allowedPattern}`);
  }
  const tier = chooseTier(input.Tier, previous?.tier, value, policies !== undefined && policies.length > 0);
  const keyId = type === 'SecureString' ? (input.KeyId ?? (previous?.type === 'SecureString' ? previous.keyId : undefined) ?? DEFAULT_KEY) : undefined;
  const sealed = type === 'SecureString' ? await sealSecure(ctx, keyId!, parameterArn(ctx.region, ctx.accountId, name), value) : { value };
  // Re-read after the KMS await: a concurrent writer may have added a version meanwhile.
  const fresh = table.get(name);
  if (fresh && !existing) throw alreadyExists();
  const row: ParameterRow = fresh ?? { name, tags: checkTags([], input.Tags), versions: [] };
  const number = (row.versions[row.versions.length - 1]?.version ?? 0) + 1;
  const version: ParameterVersion = {
    version: number,
    type,
    ...sealed,
    ...(keyId !== undefined ? { keyId } : {}),
    lastModifiedMs: ctx.clock.now(),
    user: ctx.caller.arn,
    ...((input.Description ?? previous?.description) !== undefined ? { description: input.Description ?? previous?.description } : {}),
    ...(allowedPattern !== undefined ? { allowedPattern } : {}),
    tier,
    dataType,
    labels: [],
    ...(policies?.length ? { policies } : {}),
  };
  if (row.versions.length >= MAX_VERSIONS) {
    if (row.versions[0].labels.length > 0) {
      throw ssmError('ParameterMaxVersionLimitExceeded', `You attempted to create a new version of ${name} by calling the PutParameter API with the overwrite flag. Version ${row.versions[0].version}, the oldest version, can't be deleted because it has a label associated with it. Move the label to another version of the parameter, and try again.`);
    }
    row.versions.shift();
  }
  row.versions.push(version);
  const expires = expiryOf(version);
  ctx.store.transaction(() => {
    table.put(name, row);
    if (expires !== undefined) {
      const due = { accountId: ctx.accountId, region: ctx.region, name };
      ctx.table(expiryTable).put(expiryKey(expires, due), due);
    }
  });
  return { Version: number, Tier: tier };
}
