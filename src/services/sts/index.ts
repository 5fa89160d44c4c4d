import { defineService } from '../define-service.js';
import { assumeRole } from './operations/assume-role.js';
import { assumeRoleWithSAML } from './operations/assume-role-with-saml.js';
import { assumeRoleWithWebIdentity } from './operations/assume-role-with-web-identity.js';
import { decodeAuthorizationMessage } from './operations/decode-authorization-message.js';
import { getAccessKeyInfo } from './operations/get-access-key-info.js';
import { getCallerIdentity } from './operations/get-caller-identity.js';
import { getFederationToken } from './operations/get-federation-token.js';
import { getSessionToken } from './operations/get-session-token.js';

export const stsService = defineService({
  name: 'sts',
  operations: {
    AssumeRole: assumeRole,
    AssumeRoleWithSAML: assumeRoleWithSAML,
    AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity,
    DecodeAuthorizationMessage: decodeAuthorizationMessage,
    GetAccessKeyInfo: getAccessKeyInfo,
    GetCallerIdentity: getCallerIdentity,
    GetFederationToken: getFederationToken,
    GetSessionToken: getSessionToken,
  },
});

/** For the authorize step: encoded failure messages, and the claims of web-identity tokens. */
export { encodeAuthorizationMessage, type AuthorizationDetails } from './authorization-message.js';
export { webIdentityClaims } from './operations/assume-role-with-web-identity.js';
export { samlClaims } from './operations/assume-role-with-saml.js';
