import type { OperationContext } from '../../define-service.js';
import { refuseListValues } from '../model/message-attributes.js';
import { resolveQueue } from '../model/queues.js';
import { prepareMessage, storeMessage, type SendMessageInput, type SendMessageOutput } from '../model/send.js';

export type { SendMessageInput, SendMessageOutput };

/** Sends one message. SNS delivers to SQS through this operation (internal client), with the same input. */
export function sendMessage(input: SendMessageInput, ctx: OperationContext): SendMessageOutput {
  const q = resolveQueue(ctx, input.QueueUrl);
  refuseListValues([input.MessageAttributes, input.MessageSystemAttributes], 'SendMessage');
  return storeMessage(ctx, q, prepareMessage(q, input));
}
