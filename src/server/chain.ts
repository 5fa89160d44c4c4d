import { assignRequestId } from '../handlers/assign-request-id.js';
import { authorize } from '../handlers/authorize.js';
import { dispatch } from '../handlers/dispatch.js';
import type { Handler } from '../handlers/handler.js';
import { handleCors } from '../handlers/handle-cors.js';
import { internalRoutes } from '../handlers/internal-routes.js';
import { parseRequest } from '../handlers/parse-request.js';
import { resolveAccountRegion } from '../handlers/resolve-account-region.js';
import { resolveService } from '../handlers/resolve-service.js';
import { serializeResponse } from '../handlers/serialize-response.js';
import { verifySignature } from '../handlers/verify-signature.js';

/**
 * The one ordered list every request goes through. A handler that sets a response ends it;
 * a thrown AwsError is serialized by the request's protocol (see handle-request.ts), and the
 * response is then written and logged.
 *
 * Signature verification and IAM authorization return at once unless KUMO_ENFORCE_SIGV4 /
 * KUMO_ENFORCE_IAM turn them on.
 */
export const CHAIN: readonly Handler[] = [
  assignRequestId,
  handleCors,
  internalRoutes,
  resolveService,
  resolveAccountRegion,
  verifySignature,
  parseRequest,
  authorize,
  dispatch,
  serializeResponse,
];
