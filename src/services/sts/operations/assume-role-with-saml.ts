import { createHash } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { expiredToken, invalidIdentityToken } from '../errors.js';
import { assumedRoleUser, checkRoleDuration, targetRole, roleSessionRow } from '../roles.js';
import { checkSessionName, checkSessionPolicy, issue } from '../sessions.js';

interface SamlInput {
  RoleArn: string;
  PrincipalArn: string;
  SAMLAssertion: string;
  PolicyArns?: Array<{ arn?: string }>;
  Policy?: string;
  DurationSeconds?: number;
}

const ROLE_SESSION_NAME = 'https://aws.amazon.com/SAML/Attributes/RoleSessionName';
const SESSION_DURATION = 'https://aws.amazon.com/SAML/Attributes/SessionDuration';

export interface SamlClaims {
  issuer: string;
  subject: string;
  subjectType: string;
  audience: string;
  attributes: Record<string, string[]>;
  notOnOrAfter?: number;
}

function text(xml: string, element: string): string | undefined {
  const match = new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>([^<]*)</(?:\\w+:)?${element}>`).exec(xml);
  return match?.[1]?.trim();
}

/** Basic reading of a SAML 2.0 response: issuer, subject, audience and attributes (signatures are not verified). */
export function samlClaims(assertion: string | undefined): SamlClaims {
  const xml = Buffer.from(assertion ?? '', 'base64').toString('utf8');
  if (!xml.includes('Assertion')) throw invalidIdentityToken('Invalid SAML Assertion: the response does not contain an Assertion.');
  const nameId = /<(?:\w+:)?NameID\b([^>]*)>([^<]*)</.exec(xml);
  const format = /Format="([^"]+)"/.exec(nameId?.[1] ?? '')?.[1] ?? '';
  const attributes: Record<string, string[]> = {};
  for (const match of xml.matchAll(/<(?:\w+:)?Attribute\b[^>]*Name="([^"]+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?Attribute>/g)) {
    attributes[match[1]!] = [...match[2]!.matchAll(/<(?:\w+:)?AttributeValue\b[^>]*>([^<]*)</g)].map((v) => v[1]!.trim());
  }
  const notOnOrAfter = /NotOnOrAfter="([^"]+)"/.exec(xml)?.[1];
  return {
    issuer: text(xml, 'Issuer') ?? '',
    subject: nameId?.[2]?.trim() ?? '',
    subjectType: format.includes(':nameid-format:') ? format.slice(format.lastIndexOf(':') + 1) : format,
    audience: text(xml, 'Audience') ?? 'https://signin.aws.amazon.com/saml',
    attributes,
    notOnOrAfter: notOnOrAfter ? Date.parse(notOnOrAfter) : undefined,
  };
}

export function assumeRoleWithSAML(input: SamlInput, ctx: OperationContext) {
  const role = targetRole(ctx, input.RoleArn);
  const claims = samlClaims(input.SAMLAssertion);
  if (claims.notOnOrAfter !== undefined && claims.notOnOrAfter <= ctx.clock.now()) throw expiredToken('Token has expired.');
  const sessionName = claims.attributes[ROLE_SESSION_NAME]?.[0];
  if (!sessionName) throw invalidIdentityToken(`No ${ROLE_SESSION_NAME} attribute in SAML assertion`);
  checkSessionName('RoleSessionName', sessionName, 2, 64);
  const fromAssertion = Number(claims.attributes[SESSION_DURATION]?.[0]);
  const duration = checkRoleDuration(input.DurationSeconds ?? (Number.isFinite(fromAssertion) ? fromAssertion : undefined), role, false);
  const packed = checkSessionPolicy(input);
  const user = assumedRoleUser(role, sessionName);
  const providerName = (input.PrincipalArn ?? '').split('/').pop() ?? '';
  // AWS's NameQualifier: base64 of SHA-1 over issuer, account id and provider name.
  const NameQualifier = createHash('sha1').update(`${claims.issuer}${role.accountId}/${providerName}`).digest('base64');
  const Credentials = issue(ctx, duration, {
    ...roleSessionRow(role, user, sessionName, input),
    federatedProvider: input.PrincipalArn,
  });
  return {
    Credentials,
    AssumedRoleUser: user,
    PackedPolicySize: packed,
    Subject: claims.subject,
    SubjectType: claims.subjectType,
    Issuer: claims.issuer,
    Audience: claims.audience,
    NameQualifier,
  };
}
