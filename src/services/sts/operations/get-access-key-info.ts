import type { OperationContext } from '../../define-service.js';
import { accountOfAccessKeyId, lookupCredential } from '../../iam/index.js';
import { constraintViolation } from '../errors.js';

/** The account a key belongs to: Kumo's own record, else the account AWS encodes in the id's bits. */
export function getAccessKeyInfo(input: { AccessKeyId: string }, ctx: OperationContext) {
  const id = input.AccessKeyId;
  if (id === undefined) throw constraintViolation('AccessKeyId', undefined, 'Member must not be null');
  if (id.length < 16 || id.length > 128) throw constraintViolation('AccessKeyId', id, 'Member must have length greater than or equal to 16');
  const issued = lookupCredential(ctx.store, id);
  if (issued) return { Account: issued.accountId };
  if (/^\d{12}$/.test(id)) return { Account: id };
  return { Account: accountOfAccessKeyId(id) ?? ctx.accountId };
}
