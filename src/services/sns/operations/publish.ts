import type { OperationContext } from '../../define-service.js';
import { acceptMessages } from '../delivery/accept.js';
import { recordMessage } from '../delivery/record.js';
import { envelopeAttributes } from '../delivery/published-message.js';
import { invalidParameter } from '../errors.js';
import { checkPublishEntry, type PublishEntry } from '../model/publish-rules.js';
import { isFifoTopic } from '../model/topic-attributes.js';
import { findTopic } from '../topic-lookup.js';
import { matchEndpointArn } from '../model/platform.js';
import { publishToEndpoint } from '../delivery/publish-to-endpoint.js';
import { randomUUID } from 'node:crypto';
import { smsAccount } from '../model/sms.js';

export interface PublishInput extends PublishEntry {
  TopicArn?: string;
  TargetArn?: string;
  PhoneNumber?: string;
}

/**
 * Publishes to a topic (TopicArn, or a topic's TargetArn), or straight to a platform endpoint
 * (TargetArn) or a phone number (both recorded at GET /_kumo/sns/messages). Answers once accepted; deliveries
 * follow in the background.
 */
export function publish(input: PublishInput, ctx: OperationContext): { MessageId: string; SequenceNumber?: string } {
  const targets = [input.TopicArn, input.TargetArn, input.PhoneNumber].filter((t) => t !== undefined && t !== '');
  if (targets.length === 0) throw invalidParameter('Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter');
  if (targets.length > 1) throw invalidParameter('Invalid parameter: TopicArn or TargetArn Reason: Only one of TopicArn, TargetArn or PhoneNumber may be specified');
  if (input.PhoneNumber) return publishSms(input, input.PhoneNumber, ctx);
  const endpoint = input.TargetArn ? matchEndpointArn(input.TargetArn) : undefined;
  if (endpoint) return publishToEndpoint(input, endpoint, ctx);
  const member = input.TopicArn ? 'TopicArn' : 'TargetArn';
  const found = findTopic(ctx, input.TopicArn ?? input.TargetArn, member);
  const fifo = isFifoTopic(found.topic);
  const entry = checkPublishEntry(input, fifo, found.topic.attributes.ContentBasedDeduplication === 'true');
  const [accepted] = acceptMessages(ctx, found, [entry]);
  return accepted!;
}

function publishSms(input: PublishInput, phoneNumber: string, ctx: OperationContext): { MessageId: string } {
  const digits = phoneNumber.replace(/[\s().-]/g, '');
  if (!/^\+\d{7,15}$/.test(digits)) throw invalidParameter('Invalid parameter: PhoneNumber Reason: input incorrectly formatted');
  const entry = checkPublishEntry(input, false, false);
  const messageId = randomUUID();
  // An opted-out number is accepted and dropped, as AWS does.
  if (smsAccount(ctx.store, ctx).optedOut[digits] !== undefined) return { MessageId: messageId };
  recordMessage(ctx.store, ctx.clock.now(), {
    accountId: ctx.accountId,
    region: ctx.region,
    protocol: 'sms',
    endpoint: digits,
    messageId,
    message: entry.perProtocol?.sms ?? entry.message,
    subject: entry.subject,
    messageAttributes: envelopeAttributes(entry.attributes),
    type: 'Notification',
    timestamp: new Date(ctx.clock.now()).toISOString(),
  });
  return { MessageId: messageId };
}
