import { constraint, notAuthorized, validation } from '../errors.js';

/** CreateAlias/UpdateAlias/DeleteAlias name rules; `alias/aws/` belongs to AWS managed keys. */
export function checkAliasName(name: unknown, forWrite = true): string {
  if (name === undefined || name === null) throw constraint(name, 'aliasName', 'Member must not be null');
  const value = String(name);
  if (value.length < 1 || value.length > 256) throw constraint(value, 'aliasName', 'Member must have length between 1 and 256');
  if (!/^[a-zA-Z0-9:/_-]+$/.test(value)) throw constraint(value, 'aliasName', 'Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$');
  if (!value.startsWith('alias/')) {
    throw validation('Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html');
  }
  if (forWrite && value.startsWith('alias/aws/')) throw notAuthorized('Cannot create, update or delete aliases with the reserved prefix alias/aws/.');
  return value;
}
