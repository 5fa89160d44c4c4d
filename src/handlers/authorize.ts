import {
  conditionKeyProvider, evaluate, iamActionFor, recordDeferredDenial, requestResources, resourcePolicyProvider, parsePolicyDocument,
  type DecidingPolicy, type Evaluation, type NamedPolicy, type PolicySet, type RequestContext, type RequestPrincipal,
} from '../policy/index.js';
import { AwsError } from '../shared/aws-error.js';
import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';
import {
  lookupCredential, policiesForRole, policiesForUser, sessionPolicies, trustPolicyOf, type CredentialRow, type PrincipalPolicies,
} from '../services/iam/index.js';
import { encodeAuthorizationMessage, samlClaims, webIdentityClaims } from '../services/sts/index.js';
import type { Handler } from './handler.js';

/**
 * IAM authorization, only with KUMO_ENFORCE_IAM=1 (the first line returns otherwise). The
 * request's principal, the IAM action of its operation and the resource it names are
 * evaluated against the principal's identity policies, permissions boundary, session
 * policies and the resource's own policy; a denial uses the service's AccessDenied shape.
 * The default root credentials (`test`, twelve-digit key ids) are allowed everything.
 */
const DEFAULT_KEY = /^(test|\d{12})$/;
const ALLOW_ALL: NamedPolicy = { id: 'root', document: parsePolicyDocument('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}') };

export const authorize: Handler = (exchange, runtime) => {
  if (!runtime.config.enforceIam) return;
  const service = exchange.service!;
  const operation = exchange.operation!.name;
  // S3 POST forms are signed inside the form: the operation authorizes its signer (ctx.authorizeSigner).
  if (service.name === 's3' && operation === 'PostObject') return;
  authorizeKey(exchange, runtime, exchange.caller?.accessKeyId ?? '', operation, exchange.input ?? {});
};

/** Authorizes `operation` on `input` for the holder of `accessKeyId` ('' is anonymous). */
export function authorizeKey(
  exchange: Exchange, runtime: KumoRuntime, accessKeyId: string, operation: string, input: Record<string, unknown>, accountId = exchange.accountId,
): void {
  const service = exchange.service!;
  const action = iamActionFor(service.signingName, service.name, operation, input);
  if (action === null) return;
  // Several for DynamoDB's batches and transactions (each table on its own) and S3's copies and multi-deletes.
  const targets = requestResources(service.name, operation, input, accountId, exchange.region);
  const resource = targets[0]?.resource ?? '*';

  if (service.name === 'sts' && (operation === 'AssumeRoleWithWebIdentity' || operation === 'AssumeRoleWithSAML')) {
    return authorizeFederated(exchange, runtime, operation, action, resource, input);
  }
  if (DEFAULT_KEY.test(accessKeyId)) return;
  const credential = accessKeyId ? lookupCredential(runtime.store, accessKeyId) : undefined;
  if (accessKeyId && !credential) throw new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', { status: 403 });
  if (credential?.kind === 'root') return;
  if (credential?.expiresAt !== undefined && credential.expiresAt <= runtime.clock.now()) {
    throw new AwsError('ExpiredToken', 'The security token included in the request is expired', { status: 403 });
  }
  const principal: RequestPrincipal = credential
    ? { arn: credential.arn, accountId: credential.accountId, roleArn: credential.roleArn }
    : { arn: '*', accountId: '', anonymous: true };
  const held = credential ? heldPolicies(runtime, credential) : { identity: [], tags: [] };
  const policies: PolicySet = { identity: held.identity, boundary: held.boundary, session: credential ? sessionOf(runtime, credential) : undefined };

  if (service.name === 'sts' && operation === 'AssumeRole') {
    const trust = trustPolicyOf(runtime.store, resource);
    if (!trust) throw denied(exchange, principal, action, resource, { decision: 'implicitDeny', reason: 'resource-based', matched: [] });
    policies.resource = { policy: trust.policy, accountId: trust.accountId };
  }
  const base = contextKeys(exchange, credential, held, input);
  // The service's own keys (S3's s3:x-amz-acl, s3:ExistingObjectTag/<key>, ...), those of the request a target stands for.
  const keysOf = (op: string, of: Record<string, unknown>) => ({ ...base, ...conditionKeyProvider(service.name)?.({ store: runtime.store, operation: op, input: of }) });
  const keys = keysOf(operation, input);
  for (const target of targets) {
    const targetAction = target.action ?? action;
    const targetOperation = target.operation ?? operation;
    const targetInput = target.input ?? input;
    // AssumeRole's trust policy is already in `policies`; elsewhere each target brings its own resource policy.
    const set: PolicySet = policies.resource ? policies : { ...policies };
    let who = principal;
    if (!policies.resource) {
      const answer = resourcePolicyProvider(service.name)?.({ store: runtime.store, accountId, region: exchange.region, resourceArn: target.resource, operation: targetOperation, input: targetInput });
      if (answer) set.resource = { policy: { id: 'resource policy', document: parsePolicyDocument(answer.policy, 'resource') }, accountId: answer.accountId };
      // An anonymous requester has no identity side: the resource's own policy decides alone (public S3 objects).
      if (answer && principal.anonymous) who = { ...principal, accountId: answer.accountId };
    }
    const context: RequestContext = { principal: who, action: targetAction, resource: target.resource, keys: target.input ? keysOf(targetOperation, targetInput) : keys };
    const result = evaluate(context, set);
    if (result.decision === 'allowed') continue;
    const error = denied(exchange, who, targetAction, target.resource, result);
    // A deferred target's denial is the operation's to act on (a DeleteObjects key lands in Errors).
    if (target.deferred === undefined) throw error;
    recordDeferredDenial(input, target.deferred, error);
  }
}

function heldPolicies(runtime: KumoRuntime, credential: CredentialRow): PrincipalPolicies {
  const none: PrincipalPolicies = { identity: [], tags: [] };
  if (credential.kind === 'assumed-role') return policiesForRole(runtime.store, credential.accountId, credential.roleName ?? '') ?? none;
  if (credential.userName) return policiesForUser(runtime.store, credential.accountId, credential.userName) ?? none;
  // A federated session made with root credentials: root's permissions, narrowed by the session policy.
  if (credential.kind === 'federated-user') return { identity: [{ ...ALLOW_ALL, type: 'user' }], tags: [] };
  return none;
}

function sessionOf(runtime: KumoRuntime, credential: CredentialRow): NamedPolicy[] | undefined {
  const passed = sessionPolicies(runtime.store, credential.accountId, credential.sessionPolicy, credential.sessionPolicyArns);
  // A federation token without a session policy has no permissions at all.
  if (credential.kind === 'federated-user') return passed ?? [];
  return passed;
}

const PRINCIPAL_TYPES: Record<CredentialRow['kind'], string> = {
  root: 'Account', user: 'User', 'user-session': 'User', 'assumed-role': 'AssumedRole', 'federated-user': 'FederatedUser',
};

function contextKeys(exchange: Exchange, credential: CredentialRow | undefined, held: PrincipalPolicies, input: Record<string, unknown>): Record<string, string[]> {
  const now = Date.now();
  const sourceIp = (exchange.req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const keys: Record<string, string[]> = {
    'aws:SourceIp': [sourceIp],
    'aws:CurrentTime': [new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z')],
    'aws:EpochTime': [String(Math.floor(now / 1000))],
    'aws:RequestedRegion': [exchange.region],
    'aws:SecureTransport': ['false'],
    'aws:ViaAWSService': ['false'],
  };
  if (exchange.headers['user-agent']) keys['aws:UserAgent'] = [exchange.headers['user-agent']];
  if (credential) {
    keys['aws:PrincipalArn'] = [credential.roleArn ?? credential.arn];
    keys['aws:PrincipalAccount'] = [credential.accountId];
    keys['aws:PrincipalType'] = [PRINCIPAL_TYPES[credential.kind]];
    keys['aws:userid'] = [credential.userId];
    if (credential.userName && credential.kind !== 'federated-user') keys['aws:username'] = [credential.userName];
    if (credential.issuedAt !== undefined) keys['aws:TokenIssueTime'] = [new Date(credential.issuedAt).toISOString()];
    if (credential.sourceIdentity) keys['aws:SourceIdentity'] = [credential.sourceIdentity];
    for (const tag of [...held.tags, ...(credential.sessionTags ?? [])]) keys[`aws:PrincipalTag/${tag.Key}`] = [tag.Value];
  }
  const tags = Array.isArray(input.Tags) ? (input.Tags as unknown[]).filter((t): t is { Key: string; Value: string } => typeof t === 'object' && t !== null && 'Key' in t) : [];
  if (tags.length) {
    keys['aws:TagKeys'] = tags.map((t) => t.Key);
    for (const tag of tags) keys[`aws:RequestTag/${tag.Key}`] = [String(tag.Value ?? '')];
  }
  if (typeof input.ExternalId === 'string') keys['sts:ExternalId'] = [input.ExternalId];
  if (typeof input.RoleSessionName === 'string') keys['sts:RoleSessionName'] = [input.RoleSessionName];
  if (typeof input.Prefix === 'string') keys['s3:prefix'] = [input.Prefix];
  return keys;
}

/** Web identity and SAML calls are unsigned: the role's trust policy alone decides, on the token's claims. */
function authorizeFederated(exchange: Exchange, runtime: KumoRuntime, operation: string, action: string, roleArn: string, input: Record<string, unknown>): void {
  const trust = trustPolicyOf(runtime.store, roleArn);
  const principal: RequestPrincipal = { arn: '', accountId: trust?.accountId ?? '' };
  const keys: Record<string, string[]> = {};
  if (operation === 'AssumeRoleWithWebIdentity') {
    const claims = webIdentityClaims(input.WebIdentityToken as string | undefined, runtime.clock.now());
    const wellKnown = ['accounts.google.com', 'graph.facebook.com', 'www.amazon.com', 'cognito-identity.amazonaws.com'];
    principal.federated = wellKnown.includes(claims.iss) ? claims.iss : `arn:aws:iam::${principal.accountId}:oidc-provider/${claims.iss}`;
    principal.arn = principal.federated;
    keys[`${claims.iss}:aud`] = [claims.aud];
    keys[`${claims.iss}:sub`] = [claims.sub];
    if (claims.amr !== undefined) keys[`${claims.iss}:amr`] = Array.isArray(claims.amr) ? claims.amr.map(String) : [String(claims.amr)];
  } else {
    const claims = samlClaims(input.SAMLAssertion as string | undefined);
    principal.federated = String(input.PrincipalArn ?? '');
    principal.arn = principal.federated;
    keys['SAML:aud'] = [claims.audience];
    keys['SAML:sub'] = [claims.subject];
    keys['SAML:sub_type'] = [claims.subjectType];
    keys['SAML:iss'] = [claims.issuer];
  }
  const result: Evaluation = trust
    ? evaluate({ principal, action, resource: roleArn, keys }, { identity: [], resource: { policy: trust.policy, accountId: trust.accountId } })
    : { decision: 'implicitDeny', reason: 'resource-based', matched: [] };
  if (result.decision !== 'allowed') {
    throw new AwsError('AccessDenied', `Not authorized to perform ${action}`, { status: 403 });
  }
}

const REASONS: Record<DecidingPolicy, string> = {
  'identity-based': 'identity-based policy',
  'resource-based': 'resource-based policy',
  'permissions boundary': 'permissions boundary',
  session: 'session policy',
};

/** AWS's denial message, in the error shape the service uses. */
function denied(exchange: Exchange, principal: RequestPrincipal, action: string, resource: string, result: Evaluation): AwsError {
  const who = principal.anonymous ? 'anonymous' : principal.arn;
  const kind = REASONS[result.reason ?? 'identity-based'];
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  const why = result.decision === 'explicitDeny' ? `with an explicit deny in ${article} ${kind}` : `because no ${kind} allows the ${action} action`;
  const on = resource === '*' ? '' : ` on resource: ${resource}`;
  const message = `User: ${who} is not authorized to perform: ${action}${on} ${why}`;
  const service = exchange.service!.name;
  const protocol = exchange.protocol?.name;
  if (service === 'ec2') {
    const encoded = encodeAuthorizationMessage({
      allowed: false,
      explicitDeny: result.decision === 'explicitDeny',
      matchedStatements: { items: result.matched },
      failures: { items: [] },
      context: { principal: { id: principal.arn, arn: principal.arn }, action, resource, conditions: { items: [] } },
    });
    return new AwsError('UnauthorizedOperation', `You are not authorized to perform this operation. ${message}. Encoded authorization failure message: ${encoded}`, { status: 403 });
  }
  // SNS names its denial AuthorizationError; the other query and rest-xml services AccessDenied.
  if (service === 'sns') return new AwsError('AuthorizationError', message, { status: 403 });
  if (protocol === 'query' || protocol === 'rest-xml') return new AwsError('AccessDenied', message, { status: 403 });
  const queryCompatible = exchange.model?.metadata.awsQueryCompatible !== undefined;
  return new AwsError('AccessDeniedException', message, { status: 403, queryCode: queryCompatible ? 'AccessDenied' : undefined });
}
