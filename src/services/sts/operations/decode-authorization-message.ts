import type { OperationContext } from '../../define-service.js';
import { decodeAuthorizationMessage as decode } from '../authorization-message.js';
import { constraintViolation, invalidAuthorizationMessage } from '../errors.js';

export function decodeAuthorizationMessage(input: { EncodedMessage: string }, _ctx: OperationContext) {
  if (input.EncodedMessage === undefined) throw constraintViolation('EncodedMessage', undefined, 'Member must not be null');
  const DecodedMessage = decode(input.EncodedMessage);
  if (DecodedMessage === undefined) throw invalidAuthorizationMessage('Message is not valid');
  return { DecodedMessage };
}
