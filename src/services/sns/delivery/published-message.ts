import type { AttributeValue } from '../model/filter-policy-match.js';
import { envelopeJson, type EnvelopeAttributes, type SnsNotice } from '../model/envelope.js';
import type { SubscriptionRow } from '../store.js';
import type { DEFAULT_HTTP_DELIVERY_POLICY } from '../model/topic-attributes.js';
import { SIGNING_CERT_PATH } from './signer.js';
import type { SnsRuntime } from './sns-runtime.js';

/** One accepted Publish (or batch entry), as deliveries need it. */
export interface PublishedMessage {
  topicArn: string;
  fifo: boolean;
  messageId: string;
  /** The message, or the `default` of a `MessageStructure: json` message. */
  message: string;
  /** Per-protocol texts of a `MessageStructure: json` message. */
  perProtocol?: Record<string, string>;
  subject?: string;
  attributes?: Record<string, AttributeValue>;
  timestamp: string;
  groupId?: string;
  dedupId?: string;
  sequenceNumber?: string;
  /** Kumo's base URL as the publisher reached it, for SigningCertURL and UnsubscribeURL. */
  endpoint: string;
  signatureVersion: string;
  /** The topic's effective HTTP delivery policy (retries, content type). */
  httpDeliveryPolicy: typeof DEFAULT_HTTP_DELIVERY_POLICY;
  /** Signatures by message text, so a fan-out signs each distinct text once. */
  signatures?: Map<string, string>;
}

/** The key a `MessageStructure: json` message uses for a subscription (`GCM` for an Android endpoint). */
function structureKey(subscription: SubscriptionRow): string {
  if (subscription.protocol !== 'application') return subscription.protocol;
  return /:endpoint\/([^/]+)\//.exec(subscription.endpoint)?.[1] ?? 'default';
}

export function messageFor(message: PublishedMessage, subscription: SubscriptionRow): string {
  return message.perProtocol?.[structureKey(subscription)] ?? message.message;
}

export function envelopeAttributes(attributes: Record<string, AttributeValue> | undefined): EnvelopeAttributes | undefined {
  if (!attributes) return undefined;
  const out: EnvelopeAttributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[name] = {
      Type: value.DataType,
      Value: value.BinaryValue !== undefined ? Buffer.from(value.BinaryValue).toString('base64') : (value.StringValue ?? ''),
    };
  }
  return out;
}

export function signingCertUrl(endpoint: string): string {
  return `${endpoint}${SIGNING_CERT_PATH}`;
}

export function unsubscribeUrl(endpoint: string, subscriptionArn: string): string {
  return `${endpoint}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`;
}

export function noticeOf(message: PublishedMessage, text: string): SnsNotice {
  return {
    Type: 'Notification',
    MessageId: message.messageId,
    TopicArn: message.topicArn,
    Subject: message.subject,
    Message: text,
    Timestamp: message.timestamp,
    SequenceNumber: message.sequenceNumber,
  };
}

export function signatureFor(sns: SnsRuntime, message: PublishedMessage, text: string): string {
  message.signatures ??= new Map();
  let signature = message.signatures.get(text);
  if (signature === undefined) {
    signature = sns.signer.sign(noticeOf(message, text), message.signatureVersion);
    message.signatures.set(text, signature);
  }
  return signature;
}

/** The SNS JSON envelope for one subscription. */
export function notificationEnvelope(sns: SnsRuntime, message: PublishedMessage, subscription: SubscriptionRow, text: string): string {
  return envelopeJson(noticeOf(message, text), {
    signatureVersion: message.signatureVersion,
    signature: signatureFor(sns, message, text),
    signingCertUrl: signingCertUrl(message.endpoint),
    unsubscribeUrl: unsubscribeUrl(message.endpoint, subscription.arn),
    messageAttributes: envelopeAttributes(message.attributes),
  });
}
