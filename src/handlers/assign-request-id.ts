import { randomUUID } from 'node:crypto';
import type { Handler } from './handler.js';

/** Every request gets an id, returned in headers and error bodies as AWS does. */
export const assignRequestId: Handler = (exchange) => {
  exchange.requestId = randomUUID();
};
