import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { matchPattern, parseEventPattern } from '../patterns/index.js';

/** The fields AWS requires of the test event. */
const REQUIRED = ['id', 'account', 'source', 'time', 'region', 'detail-type'];

export function testEventPattern(input: { EventPattern?: string; Event?: string }, _ctx: OperationContext) {
  const pattern = parseEventPattern(input.EventPattern ?? '');
  let event: unknown;
  try {
    event = JSON.parse(input.Event ?? '');
  } catch {
    throw validation('Parameter Event is not valid.');
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event) || REQUIRED.some((f) => !(f in event))) {
    throw validation('Parameter Event is not valid.');
  }
  return { Result: matchPattern(pattern, event) };
}
