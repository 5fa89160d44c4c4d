import { serializationError } from './value-errors.js';

/**
 * Parses a JSON request body. An empty body reads as undefined (clients send none for
 * operations without input); text that is not JSON answers SerializationException.
 */
export function parseJsonBody(body: Buffer | string): unknown {
  const text = (typeof body === 'string' ? body : body.toString('utf8')).trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw serializationError('Unexpected character found in the request body; it is not valid JSON.');
  }
}
