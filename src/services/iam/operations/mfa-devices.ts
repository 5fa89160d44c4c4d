import { AwsError } from '../../../shared/aws-error.js';
import { defineTable } from '../../../store/types.js';
import type { OperationContext } from '../../define-service.js';
import { loadUser, userView } from '../entities.js';
import { deleteConflict, entityAlreadyExists, noSuchEntity } from '../errors.js';
import { date, keyOf, paginate, validateName, validatePath, validateTags } from '../model.js';
import type { Tag } from '../store.js';
import { consecutiveStep, newSeed } from '../totp.js';

interface MfaDeviceRow {
  SerialNumber: string;
  name: string;
  path: string;
  /** The base32 seed the authenticator app holds. */
  seed: string;
  CreateDate: number;
  Tags: Tag[];
  UserName?: string;
  EnableDate?: number;
  /** The last TOTP step accepted, so codes are not reused. */
  lastStep?: number;
}

/** Virtual MFA devices of the account, by serial number (lower-cased, as IAM names are caseless). */
const mfaDevicesTable = defineTable<MfaDeviceRow>({ service: 'iam', name: 'mfa-devices', scope: 'account' });

const invalidCode = () => new AwsError('InvalidAuthenticationCode', 'Authentication code for device is not valid.', { status: 403 });

function loadDevice(ctx: OperationContext, serial: string | undefined): MfaDeviceRow {
  const row = ctx.table(mfaDevicesTable).get(keyOf(serial ?? ''));
  if (!row) throw noSuchEntity(`MFA Device with serial number ${serial ?? ''} does not exist.`);
  return row;
}

/**
 * A virtual device with a fresh TOTP seed. `Base32StringSeed` carries the base32 text, as AWS
 * sends it (SDKs hand it over as bytes of that text). Kumo draws no QR code: `QRCodePNG` is left out.
 */
export function createVirtualMFADevice(input: { VirtualMFADeviceName?: string; Path?: string; Tags?: Tag[] }, ctx: OperationContext) {
  const name = validateName('VirtualMFADeviceName', input.VirtualMFADeviceName, 226);
  const path = validatePath(input.Path);
  const serial = `arn:aws:iam::${ctx.accountId}:mfa${path}${name}`;
  const table = ctx.table(mfaDevicesTable);
  if (table.get(keyOf(serial))) throw entityAlreadyExists('MFADevice entity at the same path and name already exists.');
  const row: MfaDeviceRow = { SerialNumber: serial, name, path, seed: newSeed(), CreateDate: ctx.clock.now(), Tags: validateTags(input.Tags) };
  table.put(keyOf(serial), row);
  return { VirtualMFADevice: { SerialNumber: serial, Base32StringSeed: Buffer.from(row.seed, 'ascii'), ...(row.Tags.length ? { Tags: row.Tags } : {}) } };
}

export function deleteVirtualMFADevice(input: { SerialNumber?: string }, ctx: OperationContext) {
  const row = loadDevice(ctx, input.SerialNumber);
  if (row.UserName !== undefined) throw deleteConflict('MFA Device is still in use.');
  ctx.table(mfaDevicesTable).delete(keyOf(row.SerialNumber));
  return {};
}

interface CodesInput {
  UserName?: string;
  SerialNumber?: string;
  AuthenticationCode1?: string;
  AuthenticationCode2?: string;
}

/** Two consecutive codes from the device, not used before; returns the step of the second. */
function checkCodes(ctx: OperationContext, row: MfaDeviceRow, input: CodesInput): number {
  const step = consecutiveStep(row.seed, ctx.clock.now(), input.AuthenticationCode1 ?? '', input.AuthenticationCode2 ?? '');
  if (step === undefined || (row.lastStep !== undefined && step - 1 <= row.lastStep)) throw invalidCode();
  return step;
}

export function enableMFADevice(input: CodesInput, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName ?? '');
  const row = loadDevice(ctx, input.SerialNumber);
  if (row.UserName !== undefined) throw entityAlreadyExists('MFA Device is already in use.');
  const step = checkCodes(ctx, row, input);
  ctx.table(mfaDevicesTable).put(keyOf(row.SerialNumber), { ...row, UserName: user.UserName, EnableDate: ctx.clock.now(), lastStep: step });
  return {};
}

export function resyncMFADevice(input: CodesInput, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName ?? '');
  const row = loadDevice(ctx, input.SerialNumber);
  if (row.UserName?.toLowerCase() !== user.UserName.toLowerCase()) throw noSuchEntity(`MFA Device with serial number ${row.SerialNumber} does not exist.`);
  const step = checkCodes(ctx, row, input);
  ctx.table(mfaDevicesTable).put(keyOf(row.SerialNumber), { ...row, lastStep: step });
  return {};
}

export function deactivateMFADevice(input: { UserName?: string; SerialNumber?: string }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName ?? '');
  const row = loadDevice(ctx, input.SerialNumber);
  if (row.UserName?.toLowerCase() !== user.UserName.toLowerCase()) throw noSuchEntity(`MFA Device with serial number ${row.SerialNumber} does not exist.`);
  const { UserName: _user, EnableDate: _enabled, ...rest } = row;
  ctx.table(mfaDevicesTable).put(keyOf(row.SerialNumber), rest);
  return {};
}

/** A user's devices (the caller's, for an IAM user calling without UserName). */
export function listMFADevices(input: { UserName?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const name = input.UserName ?? /^arn:aws:iam::\d{12}:user\/(?:.*\/)?([^/]+)$/.exec(ctx.caller.arn)?.[1];
  const user = name !== undefined ? loadUser(ctx, name).UserName.toLowerCase() : undefined;
  const rows = ctx.table(mfaDevicesTable).list().map((r) => r.value).filter((r) => r.UserName !== undefined && r.UserName.toLowerCase() === user);
  const page = paginate(rows, input.Marker, input.MaxItems);
  return {
    MFADevices: page.items.map((r) => ({ UserName: r.UserName, SerialNumber: r.SerialNumber, EnableDate: date(r.EnableDate ?? r.CreateDate) })),
    IsTruncated: page.IsTruncated,
    ...(page.Marker ? { Marker: page.Marker } : {}),
  };
}

export function listVirtualMFADevices(input: { AssignmentStatus?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const status = input.AssignmentStatus ?? 'Any';
  const rows = ctx.table(mfaDevicesTable).list().map((r) => r.value)
    .filter((r) => status === 'Any' || (status === 'Assigned') === (r.UserName !== undefined));
  const page = paginate(rows, input.Marker, input.MaxItems);
  return {
    VirtualMFADevices: page.items.map((r) => ({
      SerialNumber: r.SerialNumber,
      ...(r.UserName !== undefined ? { User: userView(loadUser(ctx, r.UserName)), EnableDate: date(r.EnableDate ?? r.CreateDate) } : {}),
      ...(r.Tags.length ? { Tags: r.Tags } : {}),
    })),
    IsTruncated: page.IsTruncated,
    ...(page.Marker ? { Marker: page.Marker } : {}),
  };
}
