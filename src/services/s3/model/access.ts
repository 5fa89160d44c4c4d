import type { OperationContext, OperationHandler } from '../../define-service.js';
import {
  evaluate, iamActionFor, parsePolicyDocument, recordDeferredDenial, requestResources, type ResourcePolicyAnswer, type ResourcePolicyRequest,
} from '../../../policy/index.js';
import type { Store } from '../../../store/types.js';
import { AwsError } from '../../../shared/aws-error.js';
import { accessDenied, noSuchBucket } from '../errors.js';
import { bucketsTable, objectKey, objectsTable, versionPrefix, versionsTable, type BucketRow, type ObjectRow } from '../store.js';
import { aclsDisabled, aclStatements } from './acl.js';
import { canonicalId } from './buckets.js';
import { isPublicStatement } from './bucket-policy.js';
import { publicAccessBlockOf } from './public-access.js';
import { s3ConditionKeys } from './condition-keys.js';
import { discardBody } from './stage-body.js';
import type { Grant } from './access-configs.js';
import { ACL_WRITES, applyWriteAcl, grantsForWrite } from './write-acl.js';

/** Operations whose object's own ACL counts (READ, READ_ACP, WRITE_ACP). */
const OBJECT_ACL_OPERATIONS = new Set(['GetObject', 'HeadObject', 'GetObjectAcl', 'PutObjectAcl', 'GetObjectAttributes']);

/**
 * The resource policy a request to this bucket meets: the bucket policy (its public
 * statements dropped when RestrictPublicBuckets is on) plus what the bucket's and the
 * object's ACLs grant (AllUsers and AuthenticatedUsers unless IgnorePublicAcls is on, the
 * requester's own account always; nothing when ACLs are disabled), written as statements so
 * the one policy engine decides both.
 */
export function effectiveResourcePolicy(
  store: Store, bucket: BucketRow, resourceArn: string, operation: string, input: Record<string, unknown>, requesterAccountId?: string,
): string | undefined {
  const block = publicAccessBlockOf(bucket);
  let version = '2012-10-17';
  const statements: object[] = [];
  if (bucket.policy) {
    const raw = JSON.parse(bucket.policy) as { Version?: string; Statement: object | object[] };
    version = raw.Version ?? '2008-10-17';
    const parsed = parsePolicyDocument(bucket.policy, 'resource').Statement;
    const list = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
    list.forEach((statement, i) => {
      if (!(block.RestrictPublicBuckets && isPublicStatement(parsed[i]!))) statements.push(statement);
    });
  }
  if (!aclsDisabled(bucket)) {
    const options = { requesterAccountId, ignorePublic: block.IgnorePublicAcls };
    statements.push(...aclStatements(bucket.acl ?? ownerGrant(bucket.accountId), 'bucket', resourceArn, options));
    const key = typeof input.Key === 'string' ? input.Key : undefined;
    if (key !== undefined && OBJECT_ACL_OPERATIONS.has(operation)) {
      const row = objectRow(store, bucket, key, typeof input.VersionId === 'string' ? input.VersionId : undefined);
      if (row) statements.push(...aclStatements(row.acl ?? ownerGrant(row.ownerAccountId), 'object', resourceArn, options));
    }
  }
  if (statements.length === 0) return undefined;
  return JSON.stringify({ Version: version, Statement: statements });
}

/** A resource without an ACL of its own: its owner's FULL_CONTROL. */
function ownerGrant(accountId: string): Grant[] {
  return [{ Grantee: { Type: 'CanonicalUser', ID: canonicalId(accountId) }, Permission: 'FULL_CONTROL' }];
}

export function objectRow(store: Store, bucket: BucketRow, key: string, versionId: string | undefined): ObjectRow | undefined {
  const scope = { accountId: bucket.accountId, region: bucket.region };
  if (versionId === undefined || bucket.versioning === undefined) return store.table(objectsTable, scope).get(objectKey(bucket.name, key));
  return store.table(versionsTable, scope).list({ prefix: versionPrefix(bucket.name, key) }).find((r) => r.value.versionId === versionId)?.value;
}

/** The provider the authorize step asks (KUMO_ENFORCE_IAM=1) for a bucket's resource policy. */
export function s3ResourcePolicy(request: ResourcePolicyRequest): ResourcePolicyAnswer | undefined {
  // The ARN's bucket: a copy's source is in another bucket than the request's.
  const name = bucketOfArn(request.resourceArn) ?? (typeof request.input.Bucket === 'string' ? request.input.Bucket : undefined);
  if (!name) return undefined;
  const store = request.store as Store;
  const bucket = store.table(bucketsTable, { accountId: request.accountId, region: request.region }).get(name);
  if (!bucket) return undefined;
  const policy = effectiveResourcePolicy(store, bucket, request.resourceArn, request.operation, request.input, request.accountId);
  return { policy: policy ?? ownerOnlyPolicy(bucket.accountId), accountId: bucket.accountId };
}

/** `bucket` of `arn:aws:s3:::bucket` or `arn:aws:s3:::bucket/key`. */
function bucketOfArn(arn: string): string | undefined {
  if (!arn.startsWith('arn:aws:s3:::')) return undefined;
  const rest = arn.slice('arn:aws:s3:::'.length);
  const slash = rest.indexOf('/');
  return (slash === -1 ? rest : rest.slice(0, slash)) || undefined;
}

/**
 * A bucket without a policy or public grants belongs to its account alone: another account's
 * principals are denied whatever their own policies say (S3 ARNs carry no account, so the
 * evaluator learns the owner from here).
 */
function ownerOnlyPolicy(accountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 's3:*', Resource: '*' }],
  });
}

/**
 * Whether an anonymous requester may do this: only what the bucket policy or a public ACL allows
 * "*", for every authorization the request needs (a copy's source too, in its own bucket). A
 * deferred one (a DeleteObjects key) is recorded for the operation instead of refusing.
 */
export function anonymousAllowed(ctx: Pick<OperationContext, 'store' | 'clock' | 'sourceIp'>, operation: string, input: Record<string, unknown>): boolean {
  const name = typeof input.Bucket === 'string' ? input.Bucket : undefined;
  if (!name) return false;
  // Buckets are global: the scope key is ignored.
  const buckets = ctx.store.table(bucketsTable, { accountId: '', region: '' });
  const bucket = buckets.get(name);
  if (!bucket) throw noSuchBucket(name);
  const action = iamActionFor('s3', 's3', operation, input);
  if (action === null) return true;
  const now = ctx.clock.now();
  const base: Record<string, string[]> = {
    'aws:SourceIp': [ctx.sourceIp.replace(/^::ffff:/, '')],
    'aws:SecureTransport': ['false'],
    'aws:CurrentTime': [new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z')],
    'aws:EpochTime': [String(Math.floor(now / 1000))],
  };
  for (const target of requestResources('s3', operation, input, bucket.accountId, bucket.region)) {
    const targetOperation = target.operation ?? operation;
    const targetInput = target.input ?? input;
    const owner = target.input && target.input.Bucket !== name ? buckets.get(String(target.input.Bucket)) : bucket;
    const policy = owner && effectiveResourcePolicy(ctx.store, owner, target.resource, targetOperation, targetInput);
    const keys = { ...base, ...s3ConditionKeys({ store: ctx.store, operation: targetOperation, input: targetInput }) };
    // Anonymous requesters have no identity side: the bucket's own policy decides alone, as for its owner.
    const allowed = !!policy && !!owner && evaluate(
      { principal: { arn: '*', accountId: owner.accountId, anonymous: true }, action: target.action ?? action, resource: target.resource, keys },
      { identity: [], resource: { policy: { id: 'bucket policy', document: parsePolicyDocument(policy, 'resource') }, accountId: owner.accountId } },
    ).decision === 'allowed';
    if (allowed) continue;
    if (target.deferred === undefined) return false;
    recordDeferredDenial(input, target.deferred, accessDenied());
  }
  return true;
}

/** Operations that check their own proof of authority (a signed POST policy) and are not refused here. */
const SELF_AUTHORIZED = new Set(['PostObject']);

/**
 * Wraps the operation map so a request without credentials is answered only when public
 * access allows it (AccessDenied otherwise), whether or not IAM enforcement is on, and so
 * PutObject and CopyObject store the ACL they name (refused first when ACLs are disabled).
 */
export function withAccessControl<T extends Record<string, OperationHandler<never, unknown>>>(operations: T): T {
  const wrapped: Record<string, OperationHandler<Record<string, unknown>, unknown>> = {};
  for (const [name, handler] of Object.entries(operations)) {
    const run = handler as unknown as OperationHandler<Record<string, unknown>, unknown>;
    if (SELF_AUTHORIZED.has(name)) {
      wrapped[name] = run;
      continue;
    }
    wrapped[name] = async (input, ctx) => {
      let grants: Grant[] | undefined;
      try {
        if (ctx.caller.accessKeyId === '' && !anonymousAllowed(ctx, name, input)) throw accessDenied();
        if (ACL_WRITES.has(name)) grants = grantsForWrite(ctx, input);
      } catch (error) {
        discardBody(input.Body);
        throw error;
      }
      try {
        const output = await run(input, ctx);
        if (grants) applyWriteAcl(ctx, input.Bucket as string, input.Key as string, (output as { VersionId?: string }).VersionId, grants);
        return output;
      } catch (error) {
        if (ctx.caller.accessKeyId !== '') throw error;
        // Without s3:ListBucket a missing key is not revealed: S3 answers 403, not 404.
        if (error instanceof AwsError && error.code === 'NoSuchKey' && !anonymousAllowed(ctx, 'ListObjects', { Bucket: input.Bucket })) throw accessDenied();
        throw error;
      }
    };
  }
  return wrapped as unknown as T;
}
