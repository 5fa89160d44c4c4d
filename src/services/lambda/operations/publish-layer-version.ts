import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { blobDownloadUrl } from '../../../shared/blob-download-url.js';
import { invalidParameterValue, preconditionFailed, resourceConflict, resourceNotFound, validation } from '../errors.js';
import { lastModifiedText, type PolicyStatement } from '../model.js';
import { stageFunctionCode, type FunctionCodeInput } from '../model/code-upload.js';
import { LAYER_VERSION_ARN, layerArn, layerKey, type LayerVersionRecord } from '../model/layers.js';
import { layerNamesTable, layersTable } from '../store.js';

const LINK_LIFETIME_MS = 10 * 60_000;
const LAYER_NAME = /^[a-zA-Z0-9-_]{1,64}$/;

export interface PublishLayerVersionInput {
  LayerName: string;
  Description?: string;
  Content: FunctionCodeInput;
  CompatibleRuntimes?: string[];
  LicenseInfo?: string;
  CompatibleArchitectures?: string[];
}

/** Stores a zip as the layer's next version (numbers are never reused). */
export async function publishLayerVersion(input: PublishLayerVersionInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const name = layerName(input.LayerName);
  if (input.CompatibleRuntimes && input.CompatibleRuntimes.length > 15) throw validation(`[${input.CompatibleRuntimes.join(', ')}]`, 'compatibleRuntimes', 'Member must have length less than or equal to 15');
  const staged = await stageFunctionCode(ctx, input.Content);
  const names = ctx.table(layerNamesTable);
  const record = ctx.store.transaction(() => {
    const version = (names.get(name)?.lastVersion ?? 0) + 1;
    const row: LayerVersionRecord = {
      name,
      version,
      description: input.Description ?? '',
      compatibleRuntimes: input.CompatibleRuntimes ?? [],
      compatibleArchitectures: input.CompatibleArchitectures ?? [],
      code: { blobId: staged.id, sha256: staged.sha256.toString('base64'), size: staged.size },
      createdDate: ctx.clock.now(),
    };
    if (input.LicenseInfo !== undefined) row.licenseInfo = input.LicenseInfo;
    staged.commit();
    names.put(name, { lastVersion: version });
    ctx.table(layersTable).put(layerKey(name, version), row);
    return row;
  });
  return layerVersionOutput(ctx, record, true);
}

export function getLayerVersion(input: { LayerName: string; VersionNumber: number }, ctx: OperationContext): Record<string, unknown> {
  return layerVersionOutput(ctx, load(ctx, layerName(input.LayerName), input.VersionNumber), true);
}

export function getLayerVersionByArn(input: { Arn: string }, ctx: OperationContext): Record<string, unknown> {
  const m = LAYER_VERSION_ARN.exec(input.Arn);
  if (!m) throw validation(input.Arn, 'arn', 'Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)');
  if (m[1] !== ctx.region || m[2] !== ctx.accountId) throw resourceNotFound('The resource you requested does not exist.');
  return layerVersionOutput(ctx, load(ctx, m[3]!, Number(m[4])), true);
}

export function deleteLayerVersion(input: { LayerName: string; VersionNumber: number }, ctx: OperationContext): Record<string, never> {
  const key = layerKey(layerName(input.LayerName), input.VersionNumber);
  const row = ctx.table(layersTable).get(key);
  if (row && !row.deleted) ctx.table(layersTable).put(key, { ...row, deleted: true });
  return {};
}

export function listLayerVersions(input: { LayerName: string; CompatibleRuntime?: string; CompatibleArchitecture?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  const name = layerName(input.LayerName);
  const rows = ctx.table(layersTable).list({ prefix: `${name}:`, reverse: true }).map((r) => r.value).filter((r) => !r.deleted && compatible(r, input));
  return page(rows, input, (r) => String(r.version), (r) => layerVersionOutput(ctx, r, false), 'LayerVersions');
}

export function listLayers(input: { CompatibleRuntime?: string; CompatibleArchitecture?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  const latest = new Map<string, LayerVersionRecord>();
  for (const { value } of ctx.table(layersTable).list()) if (!value.deleted && compatible(value, input)) latest.set(value.name, value);
  const rows = [...latest.values()];
  return page(rows, input, (r) => r.name, (r) => ({ LayerName: r.name, LayerArn: layerArn(ctx, r.name), LatestMatchingVersion: layerVersionOutput(ctx, r, false) }), 'Layers');
}

export interface AddLayerVersionPermissionInput {
  LayerName: string;
  VersionNumber: number;
  StatementId: string;
  Action: string;
  Principal: string;
  OrganizationId?: string;
  RevisionId?: string;
}

/** Shares a layer version: with an account, everyone (`*`), or an organization. */
export function addLayerVersionPermission(input: AddLayerVersionPermissionInput, ctx: OperationContext): Record<string, unknown> {
  const record = load(ctx, layerName(input.LayerName), input.VersionNumber);
  if (input.Action !== 'lambda:GetLayerVersion') throw validation(input.Action, 'action', 'Member must satisfy regular expression pattern: lambda:GetLayerVersion');
  if (!/^\d{12}$|^\*$|^arn:aws[a-zA-Z-]*:iam::\d{12}:root$/.test(input.Principal)) {
    throw validation(input.Principal, 'principal', 'Member must satisfy regular expression pattern: \\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root');
  }
  if (!/^([a-zA-Z0-9-_]+)$/.test(input.StatementId)) throw validation(input.StatementId, 'statementId', 'Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+)');
  const policy = record.policy ?? { revisionId: randomUUID(), statements: [] };
  if (input.RevisionId !== undefined && input.RevisionId !== policy.revisionId) throw preconditionFailed();
  if (policy.statements.some((s) => s.Sid === input.StatementId)) {
    throw resourceConflict(`The statement id (${input.StatementId}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
  }
  const statement: PolicyStatement = {
    Sid: input.StatementId,
    Effect: 'Allow',
    Principal: input.Principal === '*' ? { AWS: '*' } : { AWS: /^\d{12}$/.test(input.Principal) ? `arn:aws:iam::${input.Principal}:root` : input.Principal },
    Action: input.Action,
    Resource: `${layerArn(ctx, record.name)}:${record.version}`,
  };
  if (input.OrganizationId) statement.Condition = { StringEquals: { 'aws:PrincipalOrgID': input.OrganizationId } };
  const next = { revisionId: randomUUID(), statements: [...policy.statements, statement] };
  ctx.table(layersTable).put(layerKey(record.name, record.version), { ...record, policy: next });
  return { Statement: JSON.stringify(statement), RevisionId: next.revisionId };
}

export function getLayerVersionPolicy(input: { LayerName: string; VersionNumber: number }, ctx: OperationContext): Record<string, unknown> {
  const record = load(ctx, layerName(input.LayerName), input.VersionNumber);
  if (!record.policy?.statements.length) throw resourceNotFound('No policy is associated with the given resource.');
  return { Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: record.policy.statements }), RevisionId: record.policy.revisionId };
}

export function removeLayerVersionPermission(input: { LayerName: string; VersionNumber: number; StatementId: string; RevisionId?: string }, ctx: OperationContext): Record<string, never> {
  const record = load(ctx, layerName(input.LayerName), input.VersionNumber);
  const policy = record.policy;
  if (input.RevisionId !== undefined && input.RevisionId !== policy?.revisionId) throw preconditionFailed();
  if (!policy?.statements.some((s) => s.Sid === input.StatementId)) throw resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
  const statements = policy.statements.filter((s) => s.Sid !== input.StatementId);
  ctx.table(layersTable).put(layerKey(record.name, record.version), { ...record, policy: { revisionId: randomUUID(), statements } });
  return {};
}

function layerName(value: string): string {
  const m = /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:layer:([a-zA-Z0-9-_]+)$/.exec(value);
  const name = m ? m[1]! : value;
  if (!LAYER_NAME.test(name)) throw validation(value, 'layerName', 'Member must satisfy regular expression pattern: (arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+');
  return name;
}

function load(ctx: OperationContext, name: string, version: number): LayerVersionRecord {
  const row = ctx.table(layersTable).get(layerKey(name, version));
  if (!row || row.deleted) throw resourceNotFound('The resource you requested does not exist.');
  return row;
}

function compatible(r: LayerVersionRecord, input: { CompatibleRuntime?: string; CompatibleArchitecture?: string }): boolean {
  if (input.CompatibleRuntime !== undefined && !r.compatibleRuntimes.includes(input.CompatibleRuntime)) return false;
  return input.CompatibleArchitecture === undefined || r.compatibleArchitectures.includes(input.CompatibleArchitecture);
}

function page<T>(rows: T[], input: { Marker?: string; MaxItems?: number }, id: (r: T) => string, map: (r: T) => unknown, member: string): Record<string, unknown> {
  if (input.MaxItems !== undefined && (input.MaxItems < 1 || input.MaxItems > 50)) throw invalidParameterValue('MaxItems must be between 1 and 50.');
  const start = input.Marker === undefined ? 0 : rows.findIndex((r) => id(r) === input.Marker) + 1;
  const size = input.MaxItems ?? 50;
  const slice = rows.slice(start, start + size);
  const out: Record<string, unknown> = { [member]: slice.map(map) };
  if (start + size < rows.length) out.NextMarker = id(slice[slice.length - 1]!);
  return out;
}

function layerVersionOutput(ctx: OperationContext, r: LayerVersionRecord, withContent: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    LayerVersionArn: `${layerArn(ctx, r.name)}:${r.version}`,
    Version: r.version,
    Description: r.description,
    CreatedDate: lastModifiedText(r.createdDate),
    CompatibleRuntimes: r.compatibleRuntimes,
    CompatibleArchitectures: r.compatibleArchitectures,
  };
  if (r.licenseInfo !== undefined) out.LicenseInfo = r.licenseInfo;
  if (withContent) {
    out.LayerArn = layerArn(ctx, r.name);
    out.Content = { Location: blobDownloadUrl(ctx.endpoint, r.code.blobId, ctx.clock.now() + LINK_LIFETIME_MS, `${r.name}-${r.version}.zip`), CodeSha256: r.code.sha256, CodeSize: r.code.size };
  }
  return out;
}
