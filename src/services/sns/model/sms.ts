import type { Store } from '../../../store/types.js';
import { invalidParameter } from '../errors.js';
import { smsAccountTable, type SmsAccountRow } from '../store.js';

/** SetSMSAttributes takes these names only. */
export const SMS_ATTRIBUTES = new Set([
  'MonthlySpendLimit', 'DeliveryStatusIAMRole', 'DeliveryStatusSuccessSamplingRate', 'DefaultSenderID', 'DefaultSMSType', 'UsageReportS3Bucket',
]);

/** The languages CreateSMSSandboxPhoneNumber sends its code in. */
export const SANDBOX_LANGUAGES = new Set(['en-US', 'en-GB', 'es-419', 'es-ES', 'de-DE', 'fr-CA', 'fr-FR', 'it-IT', 'ja-JP', 'pt-BR', 'kr-KR', 'zh-CN', 'zh-TW']);

/** An E.164 number (`+` and up to 15 digits); AWS refuses anything else with this message. */
export function checkE164(value: unknown, member = 'PhoneNumber'): string {
  if (typeof value !== 'string' || !/^\+[1-9]\d{1,14}$/.test(value)) throw invalidParameter(`Invalid parameter: ${member} Reason: input incorrectly formatted`);
  return value;
}

const KEY = 'account';

export function smsAccount(store: Store, scope: { accountId: string; region: string }): SmsAccountRow {
  return store.table(smsAccountTable, { accountId: scope.accountId, region: scope.region }).get(KEY) ?? { attributes: {}, optedOut: {}, sandbox: {} };
}

export function saveSmsAccount(store: Store, scope: { accountId: string; region: string }, row: SmsAccountRow): void {
  store.table(smsAccountTable, { accountId: scope.accountId, region: scope.region }).put(KEY, row);
}

/** Validates SetSMSAttributes values as AWS documents them. */
export function checkSmsAttribute(name: string, value: string): void {
  if (!SMS_ATTRIBUTES.has(name)) throw invalidParameter(`Invalid parameter: ${name}`);
  if (value === '') return; // clears the preference
  const bad = (reason: string) => invalidParameter(`Invalid parameter: ${name} Reason: ${reason}`);
  switch (name) {
    case 'MonthlySpendLimit':
      if (!/^\d+$/.test(value)) throw bad('must be a whole number of US dollars');
      return;
    case 'DeliveryStatusSuccessSamplingRate':
      if (!/^\d{1,3}$/.test(value) || Number(value) > 100) throw bad('must be an integer from 0 to 100');
      return;
    case 'DefaultSMSType':
      if (value !== 'Promotional' && value !== 'Transactional') throw bad('must be Promotional or Transactional');
      return;
    case 'DefaultSenderID':
      if (!/^(?=.*[A-Za-z])[A-Za-z0-9]{1,11}$/.test(value)) throw bad('must be 1 to 11 alphanumeric characters with at least one letter');
      return;
    case 'DeliveryStatusIAMRole':
      if (value !== '' && !/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/.test(value)) throw bad('must be an IAM role ARN');
      return;
    default: // UsageReportS3Bucket
      if (value !== '' && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value)) throw bad('must be an S3 bucket name');
  }
}
