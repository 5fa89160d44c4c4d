import type { OperationContext } from '../../define-service.js';
import { globalCredentials } from '../credentials.js';
import { constraintViolation, limitExceeded, noSuchEntity, validationError } from '../errors.js';
import { loadUser } from '../entities.js';
import { accessKeyId, secretAccessKey } from '../ids.js';
import { date, keyOf, paginate } from '../model.js';
import { accessKeysTable, type AccessKeyRow } from '../store.js';

/**
 * Access keys are real credentials: each is indexed globally by id, so later requests signed
 * with it run as its user in its account (src/handlers/resolve-account-region.ts). Root keys
 * (created without a user name by root credentials) are kept under the empty user name.
 */
const ROOT = '';

function owner(ctx: OperationContext, userName: string | undefined): { key: string; userName: string; arn: string; userId: string } {
  if (userName !== undefined) {
    const user = loadUser(ctx, userName);
    return { key: keyOf(user.UserName), userName: user.UserName, arn: user.Arn, userId: user.UserId };
  }
  const match = /^arn:aws:iam::\d{12}:user\/(?:.*\/)?([^/]+)$/.exec(ctx.caller.arn);
  if (match) return owner(ctx, match[1]);
  if (ctx.caller.arn.endsWith(':root')) return { key: ROOT, userName: ROOT, arn: ctx.caller.arn, userId: ctx.accountId };
  throw validationError('Must specify userName when calling with non-User credentials');
}

export function createAccessKey(input: { UserName?: string }, ctx: OperationContext) {
  const who = owner(ctx, input.UserName);
  const keys = ctx.table(accessKeysTable);
  if (keys.count({ prefix: `${who.key}/` }) >= 2) throw limitExceeded('Cannot exceed quota for AccessKeysPerUser: 2');
  const id = accessKeyId('AKIA', ctx.accountId);
  const secret = secretAccessKey();
  const row: AccessKeyRow = { UserName: who.userName, AccessKeyId: id, Status: 'Active', CreateDate: ctx.clock.now() };
  ctx.store.transaction(() => {
    keys.put(`${who.key}/${id}`, row);
    globalCredentials(ctx.store).put(id, {
      accountId: ctx.accountId,
      secretAccessKey: secret,
      kind: who.key === ROOT ? 'root' : 'user',
      arn: who.arn,
      userId: who.userId,
      userName: who.key === ROOT ? undefined : who.userName,
      status: 'Active',
    });
  });
  return { AccessKey: { UserName: who.userName || undefined, AccessKeyId: id, Status: 'Active', SecretAccessKey: secret, CreateDate: date(row.CreateDate) } };
}

function loadKey(ctx: OperationContext, ownerKey: string, id: string): AccessKeyRow {
  const row = ctx.table(accessKeysTable).get(`${ownerKey}/${id}`);
  if (!row) throw noSuchEntity(`The Access Key with id ${id} cannot be found.`);
  return row;
}

export function updateAccessKey(input: { UserName?: string; AccessKeyId: string; Status: string }, ctx: OperationContext) {
  if (input.Status !== 'Active' && input.Status !== 'Inactive') {
    throw constraintViolation('Status', input.Status, 'Member must satisfy enum value set: [Active, Inactive]');
  }
  const who = owner(ctx, input.UserName);
  const row = loadKey(ctx, who.key, input.AccessKeyId);
  ctx.store.transaction(() => {
    ctx.table(accessKeysTable).put(`${who.key}/${row.AccessKeyId}`, { ...row, Status: input.Status as AccessKeyRow['Status'] });
    const credentials = globalCredentials(ctx.store);
    const credential = credentials.get(row.AccessKeyId);
    if (credential) credentials.put(row.AccessKeyId, { ...credential, status: input.Status as AccessKeyRow['Status'] });
  });
  return {};
}

export function deleteAccessKey(input: { UserName?: string; AccessKeyId: string }, ctx: OperationContext) {
  const who = owner(ctx, input.UserName);
  const row = loadKey(ctx, who.key, input.AccessKeyId);
  ctx.store.transaction(() => {
    ctx.table(accessKeysTable).delete(`${who.key}/${row.AccessKeyId}`);
    globalCredentials(ctx.store).delete(row.AccessKeyId);
  });
  return {};
}

export function listAccessKeys(input: { UserName?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const who = owner(ctx, input.UserName);
  const rows = ctx.table(accessKeysTable).list({ prefix: `${who.key}/` }).map((r) => r.value);
  const page = paginate(rows, input.Marker, input.MaxItems);
  return {
    AccessKeyMetadata: page.items.map((k) => ({ UserName: k.UserName || undefined, AccessKeyId: k.AccessKeyId, Status: k.Status, CreateDate: date(k.CreateDate) })),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

/** Kumo does not record key use per request (it would cost a write on every call): never used. */
export function getAccessKeyLastUsed(input: { AccessKeyId: string }, ctx: OperationContext) {
  const row = ctx.table(accessKeysTable).list().map((r) => r.value).find((k) => k.AccessKeyId === input.AccessKeyId);
  if (!row) throw noSuchEntity(`The Access Key with id ${input.AccessKeyId} cannot be found.`);
  return { UserName: row.UserName || undefined, AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } };
}
