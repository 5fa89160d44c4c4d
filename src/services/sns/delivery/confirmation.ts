import { randomUUID } from 'node:crypto';
import { envelopeJson, type SnsNotice } from '../model/envelope.js';
import { DEFAULT_HTTP_DELIVERY_POLICY } from '../model/topic-attributes.js';
import type { SubscriptionRow } from '../store.js';
import { scopeOf } from './deliver.js';
import { postToEndpoint } from './http-delivery.js';
import { signingCertUrl } from './published-message.js';
import { recordMessage } from './record.js';
import { retryDelaySeconds } from './retry-schedule.js';
import { later, track, type SnsRuntime } from './sns-runtime.js';

/** The URL a subscriber visits (a plain GET) to confirm. */
export function subscribeUrl(endpoint: string, topicArn: string, token: string): string {
  return `${endpoint}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(topicArn)}&Token=${token}`;
}

/**
 * Sends the SubscriptionConfirmation an http(s) or email subscriber must answer: a real POST
 * for http(s), retried like a notification; a recorded message for email.
 */
export function sendConfirmation(sns: SnsRuntime, subscription: SubscriptionRow, endpoint: string, nowMs: number): void {
  const token = subscription.token ?? '';
  const notice: SnsNotice = {
    Type: 'SubscriptionConfirmation',
    MessageId: randomUUID(),
    Token: token,
    TopicArn: subscription.topicArn,
    Message: `You have chosen to subscribe to the topic ${subscription.topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
    SubscribeURL: subscribeUrl(endpoint, subscription.topicArn, token),
    Timestamp: new Date(nowMs).toISOString(),
  };
  const body = envelopeJson(notice, {
    signatureVersion: '1',
    signature: sns.signer.sign(notice, '1'),
    signingCertUrl: signingCertUrl(endpoint),
  });
  if (subscription.protocol === 'http' || subscription.protocol === 'https') {
    const headers = {
      'content-type': 'text/plain; charset=UTF-8',
      'x-amz-sns-message-type': 'SubscriptionConfirmation',
      'x-amz-sns-message-id': notice.MessageId,
      'x-amz-sns-topic-arn': subscription.topicArn,
    };
    const attempt = async (n: number): Promise<void> => {
      if (await postToEndpoint(subscription.endpoint, body, headers)) return;
      const delay = retryDelaySeconds(DEFAULT_HTTP_DELIVERY_POLICY.defaultHealthyRetryPolicy, n + 1);
      if (delay !== undefined) later(sns, sns.runtime.clock.now() + delay * 1000, () => attempt(n + 1));
    };
    void track(sns, () => attempt(0));
    return;
  }
  recordMessage(sns.runtime.store, nowMs, {
    ...scopeOf(subscription.topicArn),
    protocol: subscription.protocol,
    endpoint: subscription.endpoint,
    subscriptionArn: subscription.arn,
    topicArn: subscription.topicArn,
    messageId: notice.MessageId,
    message: subscription.protocol === 'email-json' ? body : `${notice.Message}\n${notice.SubscribeURL}`,
    type: 'SubscriptionConfirmation',
    token,
    timestamp: notice.Timestamp,
  });
}
