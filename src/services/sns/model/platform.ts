import { X509Certificate } from 'node:crypto';
import { invalidParameter } from '../errors.js';

/** The push services SNS serves (GCM is Firebase Cloud Messaging). */
export const PLATFORMS = new Set([
  'ADM', 'APNS', 'APNS_SANDBOX', 'APNS_VOIP', 'APNS_VOIP_SANDBOX', 'MACOS', 'MACOS_SANDBOX', 'BAIDU', 'GCM', 'MPNS', 'WNS',
]);

/** Attributes a platform application takes (SetPlatformApplicationAttributes lists them). */
const APPLICATION_ATTRIBUTES = new Set([
  'PlatformCredential', 'PlatformPrincipal', 'EventEndpointCreated', 'EventEndpointDeleted', 'EventEndpointUpdated',
  'EventDeliveryFailure', 'SuccessFeedbackRoleArn', 'FailureFeedbackRoleArn', 'SuccessFeedbackSampleRate',
  'ApplePlatformTeamID', 'ApplePlatformBundleID', 'AuthenticationMethod',
]);
/** Never shown back: the secrets the push service issued. */
const SECRET_ATTRIBUTES = new Set(['PlatformCredential', 'PlatformPrincipal']);
const ENDPOINT_ATTRIBUTES = new Set(['CustomUserData', 'Enabled', 'Token']);

export interface ApplicationRef {
  accountId: string;
  region: string;
  platform: string;
  name: string;
  /** The table key, `<platform>/<name>`. */
  key: string;
}

export interface EndpointRef extends ApplicationRef {
  id: string;
  /** The endpoints table key, `<platform>/<name>/<id>`. */
  endpointKey: string;
}

const APPLICATION_ARN = /^arn:aws[\w-]*:sns:([a-z0-9-]+):(\d{12}):app\/([A-Z_]+)\/([A-Za-z0-9_.-]{1,256})$/;
const ENDPOINT_ARN = /^arn:aws[\w-]*:sns:([a-z0-9-]+):(\d{12}):endpoint\/([A-Z_]+)\/([A-Za-z0-9_.-]{1,256})\/([0-9a-f-]{36})$/;

export function applicationArn(accountId: string, region: string, platform: string, name: string): string {
  return `arn:aws:sns:${region}:${accountId}:app/${platform}/${name}`;
}

export function parseApplicationArn(arn: unknown, member = 'PlatformApplicationArn'): ApplicationRef {
  const match = typeof arn === 'string' ? APPLICATION_ARN.exec(arn) : null;
  if (!match) throw invalidParameter(`Invalid parameter: ${member}`);
  const [, region, accountId, platform, name] = match as unknown as [string, string, string, string, string];
  return { region, accountId, platform, name, key: `${platform}/${name}` };
}

/** An endpoint ARN's parts, or undefined when the text is not one. */
export function matchEndpointArn(arn: unknown): EndpointRef | undefined {
  const match = typeof arn === 'string' ? ENDPOINT_ARN.exec(arn) : null;
  if (!match) return undefined;
  const [, region, accountId, platform, name, id] = match as unknown as [string, string, string, string, string, string];
  return { region, accountId, platform, name, id, key: `${platform}/${name}`, endpointKey: `${platform}/${name}/${id}` };
}

export function parseEndpointArn(arn: unknown, member = 'EndpointArn'): EndpointRef {
  const ref = matchEndpointArn(arn);
  if (!ref) throw invalidParameter(`Invalid parameter: ${member}`);
  return ref;
}

/** CreatePlatformApplication's checks: a known platform, a valid name, the credentials the platform needs. */
export function checkNewApplication(name: unknown, platform: unknown, attributes: Record<string, string> | undefined): void {
  if (typeof name !== 'string' || !/^[A-Za-z0-9_.-]{1,256}$/.test(name)) throw invalidParameter('Invalid parameter: Name Reason: must be 1 to 256 alphanumeric characters, hyphens, underscores or periods');
  if (typeof platform !== 'string' || !PLATFORMS.has(platform)) throw invalidParameter('Invalid parameter: Platform Reason: Platform name is invalid');
  const attrs = attributes ?? {};
  checkApplicationAttributes(attrs);
  const credential = Boolean(attrs.PlatformCredential);
  const principal = Boolean(attrs.PlatformPrincipal);
  if (platform === 'GCM') {
    if (!credential) throw invalidParameter('Invalid parameter: Attributes Reason: PlatformCredential attribute required');
    return;
  }
  if (principal && !credential) throw invalidParameter('Invalid parameter: Attributes Reason: PlatformPrincipal attribute provided without PlatformCredential');
  if (!principal) throw invalidParameter('Invalid parameter: Attributes Reason: PlatformCredential attribute provided without PlatformPrincipal');
}

export function checkApplicationAttributes(attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (!APPLICATION_ATTRIBUTES.has(name)) throw invalidParameter(`Invalid parameter: Attributes Reason: Invalid attribute name: ${name}`);
    if (value === '') continue; // clears the setting
    if (name === 'SuccessFeedbackSampleRate' && !(/^\d{1,3}$/.test(value) && Number(value) <= 100)) {
      throw invalidParameter('Invalid parameter: Attributes Reason: SuccessFeedbackSampleRate must be an integer from 0 to 100');
    }
    if (name.startsWith('Event') && value !== '' && !/^arn:aws[\w-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+$/.test(value)) {
      throw invalidParameter(`Invalid parameter: Attributes Reason: ${name}: Invalid SNS topic ARN`);
    }
  }
}

/**
 * What GetPlatformApplicationAttributes shows: Enabled and the settings, never the
 * credentials; an APNS certificate's expiry as AppleCertificateExpirationDate.
 */
export function visibleApplicationAttributes(platform: string, attributes: Record<string, string>): Record<string, string> {
  const shown: Record<string, string> = { Enabled: 'true' };
  for (const [name, value] of Object.entries(attributes)) if (!SECRET_ATTRIBUTES.has(name) && value !== '') shown[name] = value;
  if (platform.startsWith('APNS') || platform.startsWith('MACOS')) {
    try {
      if (attributes.PlatformPrincipal?.includes('BEGIN CERTIFICATE')) {
        shown.AppleCertificateExpirationDate = new Date(new X509Certificate(attributes.PlatformPrincipal).validTo).toISOString();
      }
    } catch {
      // a token-based application (signing key id), or a certificate Kumo cannot read
    }
  }
  return shown;
}

/** Validates endpoint attributes (create or set) and returns them with CustomUserData/Enabled normalised. */
export function checkEndpointAttributes(attributes: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(attributes)) {
    if (!ENDPOINT_ATTRIBUTES.has(name)) throw invalidParameter(`Invalid parameter: Attributes Reason: Invalid attribute name: ${name}`);
    if (name === 'Enabled' && value !== 'true' && value !== 'false') throw invalidParameter('Invalid parameter: Attributes Reason: Enabled must be true or false');
    if (name === 'CustomUserData' && Buffer.byteLength(value, 'utf8') > 2048) throw invalidParameter('Invalid parameter: Attributes Reason: CustomUserData must be at most 2048 bytes long');
    if (name === 'Token' && value === '') throw invalidParameter('Invalid parameter: Token Reason: cannot be empty');
  }
  return attributes;
}
