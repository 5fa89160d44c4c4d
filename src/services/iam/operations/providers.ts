import type { OperationContext } from '../../define-service.js';
import { constraintViolation, entityAlreadyExists, invalidInput, limitExceeded, noSuchEntity } from '../errors.js';
import { date, validateName, validateTags } from '../model.js';
import { providersTable, type ProviderRow, type Tag } from '../store.js';

/** OIDC and SAML identity providers: the `Federated` principals of web-identity and SAML trust policies. */

function load(ctx: OperationContext, arn: string | undefined, kind: 'oidc-provider' | 'saml-provider'): ProviderRow {
  const row = arn ? ctx.table(providersTable).get(arn) : undefined;
  if (!row || !arn!.includes(`:${kind}/`)) {
    throw noSuchEntity(kind === 'oidc-provider' ? `OpenIDConnect Provider not found for arn ${arn}` : `Manifest not found for arn ${arn}`);
  }
  return row;
}

export function createOpenIDConnectProvider(input: { Url: string; ClientIDList?: string[]; ThumbprintList?: string[]; Tags?: Tag[] }, ctx: OperationContext) {
  if (input.Url === undefined) throw constraintViolation('Url', undefined, 'Member must not be null');
  let url: URL;
  try {
    url = new URL(input.Url);
  } catch {
    throw invalidInput('Invalid Open ID Connect Provider URL');
  }
  if (url.protocol !== 'https:') throw invalidInput('Invalid Open ID Connect Provider URL');
  for (const thumbprint of input.ThumbprintList ?? []) {
    if (thumbprint.length !== 40) throw constraintViolation('thumbprintList.member', thumbprint, 'Member must have length greater than or equal to 40');
  }
  if ((input.ThumbprintList ?? []).length > 5) throw limitExceeded('Thumbprint list must contain fewer than 5 entries.');
  const id = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  const arn = `arn:aws:iam::${ctx.accountId}:oidc-provider/${id}`;
  const providers = ctx.table(providersTable);
  if (providers.has(arn)) throw entityAlreadyExists(`Provider with url ${input.Url} already exists.`);
  const row: ProviderRow = { Arn: arn, CreateDate: ctx.clock.now(), Tags: validateTags(input.Tags), Url: id, ClientIDList: input.ClientIDList ?? [], ThumbprintList: input.ThumbprintList ?? [] };
  providers.put(arn, row);
  return { OpenIDConnectProviderArn: arn, Tags: row.Tags.length ? row.Tags : undefined };
}

export function getOpenIDConnectProvider(input: { OpenIDConnectProviderArn: string }, ctx: OperationContext) {
  const row = load(ctx, input.OpenIDConnectProviderArn, 'oidc-provider');
  return { Url: row.Url, ClientIDList: row.ClientIDList, ThumbprintList: row.ThumbprintList, CreateDate: date(row.CreateDate), Tags: row.Tags.length ? row.Tags : undefined };
}

export function listOpenIDConnectProviders(_input: unknown, ctx: OperationContext) {
  const rows = ctx.table(providersTable).list().map((r) => r.value).filter((p) => p.Url !== undefined);
  return { OpenIDConnectProviderList: rows.map((p) => ({ Arn: p.Arn })) };
}

export function deleteOpenIDConnectProvider(input: { OpenIDConnectProviderArn: string }, ctx: OperationContext) {
  // AWS answers success for an unknown ARN here.
  ctx.table(providersTable).delete(input.OpenIDConnectProviderArn ?? '');
  return {};
}

export function addClientIDToOpenIDConnectProvider(input: { OpenIDConnectProviderArn: string; ClientID: string }, ctx: OperationContext) {
  const row = load(ctx, input.OpenIDConnectProviderArn, 'oidc-provider');
  const list = row.ClientIDList ?? [];
  if (!list.includes(input.ClientID)) ctx.table(providersTable).put(row.Arn, { ...row, ClientIDList: [...list, input.ClientID] });
  return {};
}

export function removeClientIDFromOpenIDConnectProvider(input: { OpenIDConnectProviderArn: string; ClientID: string }, ctx: OperationContext) {
  const row = load(ctx, input.OpenIDConnectProviderArn, 'oidc-provider');
  ctx.table(providersTable).put(row.Arn, { ...row, ClientIDList: (row.ClientIDList ?? []).filter((c) => c !== input.ClientID) });
  return {};
}

export function updateOpenIDConnectProviderThumbprint(input: { OpenIDConnectProviderArn: string; ThumbprintList: string[] }, ctx: OperationContext) {
  const row = load(ctx, input.OpenIDConnectProviderArn, 'oidc-provider');
  ctx.table(providersTable).put(row.Arn, { ...row, ThumbprintList: input.ThumbprintList ?? [] });
  return {};
}

function validUntil(metadata: string, now: number): number {
  const match = /validUntil="([^"]+)"/.exec(metadata);
  const parsed = match ? Date.parse(match[1]!) : NaN;
  return Number.isFinite(parsed) ? parsed : now + 100 * 365 * 86_400_000;
}

function checkMetadata(metadata: string | undefined): string {
  if (metadata === undefined) throw constraintViolation('SAMLMetadataDocument', undefined, 'Member must not be null');
  if (metadata.length < 1000 || !/EntityDescriptor/.test(metadata)) throw invalidInput('Could not parse metadata');
  return metadata;
}

export function createSAMLProvider(input: { Name: string; SAMLMetadataDocument: string; Tags?: Tag[] }, ctx: OperationContext) {
  const name = validateName('Name', input.Name, 128);
  const metadata = checkMetadata(input.SAMLMetadataDocument);
  const arn = `arn:aws:iam::${ctx.accountId}:saml-provider/${name}`;
  const providers = ctx.table(providersTable);
  if (providers.has(arn)) throw entityAlreadyExists(`SAMLProvider ${name} already exists`);
  const now = ctx.clock.now();
  const row: ProviderRow = { Arn: arn, CreateDate: now, Tags: validateTags(input.Tags), SAMLMetadataDocument: metadata, ValidUntil: validUntil(metadata, now) };
  providers.put(arn, row);
  return { SAMLProviderArn: arn, Tags: row.Tags.length ? row.Tags : undefined };
}

export function getSAMLProvider(input: { SAMLProviderArn: string }, ctx: OperationContext) {
  const row = load(ctx, input.SAMLProviderArn, 'saml-provider');
  return { SAMLMetadataDocument: row.SAMLMetadataDocument, CreateDate: date(row.CreateDate), ValidUntil: date(row.ValidUntil!), Tags: row.Tags.length ? row.Tags : undefined };
}

export function listSAMLProviders(_input: unknown, ctx: OperationContext) {
  const rows = ctx.table(providersTable).list().map((r) => r.value).filter((p) => p.SAMLMetadataDocument !== undefined);
  return { SAMLProviderList: rows.map((p) => ({ Arn: p.Arn, ValidUntil: date(p.ValidUntil!), CreateDate: date(p.CreateDate) })) };
}

export function updateSAMLProvider(input: { SAMLProviderArn: string; SAMLMetadataDocument: string }, ctx: OperationContext) {
  const row = load(ctx, input.SAMLProviderArn, 'saml-provider');
  const metadata = checkMetadata(input.SAMLMetadataDocument);
  ctx.table(providersTable).put(row.Arn, { ...row, SAMLMetadataDocument: metadata, ValidUntil: validUntil(metadata, ctx.clock.now()) });
  return { SAMLProviderArn: row.Arn };
}

export function deleteSAMLProvider(input: { SAMLProviderArn: string }, ctx: OperationContext) {
  const row = load(ctx, input.SAMLProviderArn, 'saml-provider');
  ctx.table(providersTable).delete(row.Arn);
  return {};
}
