import { assignRequestId } from '../handlers/assign-request-id.js';
import { dispatch } from '../handlers/dispatch.js';
import type { Handler } from '../handlers/handler.js';
import { handleCors } from '../handlers/handle-cors.js';
import { internalRoutes } from '../handlers/internal-routes.js';
import { parseRequest } from '../handlers/parse-request.js';
import { resolveAccountRegion } from '../handlers/resolve-account-region.js';
import { resolveService } from '../handlers/resolve-service.js';
import { serializeResponse } from '../handlers/serialize-response.js';

/**
 * The one ordered list every request goes through. A handler that sets a response ends it;
 * a thrown AwsError is serialized by the request's protocol (see handle-request.ts), and the
 * response is then written and logged.
 *
 * Signature verification and IAM authorization slot in after account resolution and after
 * parsing; they join this list with the identity issue.
 */
export const CHAIN: readonly Handler[] = [
  assignRequestId,
  handleCors,
  internalRoutes,
  resolveService,
  resolveAccountRegion,
  parseRequest,
  dispatch,
  serializeResponse,
];
