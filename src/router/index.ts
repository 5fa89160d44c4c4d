export { credentialScopeOf, type CredentialScope } from './credential-scope.js';
export { ServiceResolver, type CorsAnswer, type RoutingFacts, type RoutingRule, type ServiceResolution } from './resolve-service.js';
