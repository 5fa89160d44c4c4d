/**
 * Policy evaluation: pure functions, no I/O. IAM (simulation), STS (trust policies) and the
 * authorize handler (enforcement) build a RequestContext and a PolicySet and ask `evaluate`.
 */
export { evaluate, statementApplies, principalMatches } from './evaluate.js';
export type { Decision, DecidingPolicy, Evaluation, MatchedStatement, NamedPolicy, PolicySet } from './evaluate.js';
export { parsePolicyDocument, PolicyGrammarError } from './policy-document.js';
export type { PolicyDocument, PolicyKind, Statement } from './policy-document.js';
export type { RequestContext, RequestPrincipal } from './request-context.js';
export { actionMatches, arnMatches, wildcard } from './wildcard.js';
export { conditionsHold } from './conditions.js';
export { iamActionFor } from './iam-actions.js';
export { requestResource, requestResources, recordDeferredDenial, deferredDenial, deleteObjectsItem, COPY_SOURCE_TAGGING } from './request-resource.js';
export type { RequestTarget } from './request-resource.js';
export { registerResourcePolicyProvider, resourcePolicyProvider } from './resource-policies.js';
export type { ResourcePolicyAnswer, ResourcePolicyProvider, ResourcePolicyRequest } from './resource-policies.js';
export { registerConditionKeyProvider, conditionKeyProvider } from './condition-keys.js';
export type { ConditionKeyProvider, ConditionKeyRequest } from './condition-keys.js';
