import { randomBytes, randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { sendConfirmation } from '../delivery/confirmation.js';
import { snsRuntimeOf } from '../delivery/sns-runtime.js';
import { invalidParameter } from '../errors.js';
import { parseLambdaArn, parseSqsArn, subscriptionKey } from '../model/arn.js';
import { validateSubscriptionAttributes } from '../model/subscription-attributes.js';
import { isFifoTopic } from '../model/topic-attributes.js';
import type { SubscriptionRow } from '../store.js';
import { matchEndpointArn } from '../model/platform.js';
import { platformTables } from '../platform-lookup.js';
import { findTopic, topicSubscriptions } from '../topic-lookup.js';

export interface SubscribeInput {
  TopicArn?: string;
  Protocol?: string;
  Endpoint?: string;
  Attributes?: Record<string, string>;
  ReturnSubscriptionArn?: boolean;
}

const PROTOCOLS = new Set(['http', 'https', 'email', 'email-json', 'sms', 'sqs', 'application', 'lambda', 'firehose']);
/** Protocols whose owner must confirm before deliveries start. */
const NEEDS_CONFIRMATION = new Set(['http', 'https', 'email', 'email-json']);

function checkEndpoint(protocol: string, endpoint: string, ctx: OperationContext): string {
  const bad = (what: string) => invalidParameter(`Invalid parameter: ${what}`);
  switch (protocol) {
    case 'http':
    case 'https':
      if (!endpoint.toLowerCase().startsWith(`${protocol}://`)) throw bad('Endpoint must match the specified protocol');
      try {
        new URL(endpoint);
      } catch {
        throw bad('Endpoint must match the specified protocol');
      }
      return endpoint;
    case 'email':
    case 'email-json':
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(endpoint)) throw bad('Email address');
      return endpoint;
    case 'sms': {
      const digits = endpoint.replace(/[\s().-]/g, '');
      if (!/^\+?\d{7,15}$/.test(digits)) throw bad(`Invalid SMS endpoint: ${endpoint}`);
      return digits.startsWith('+') ? digits : `+${digits}`;
    }
    case 'sqs':
      if (!parseSqsArn(endpoint)) throw bad('SQS endpoint ARN');
      return endpoint;
    case 'lambda':
      if (!parseLambdaArn(endpoint)) throw bad('Lambda endpoint ARN');
      return endpoint;
    case 'application': {
      const ref = matchEndpointArn(endpoint);
      if (!ref) throw bad('Application endpoint arn invalid');
      if (!platformTables(ctx, ref).endpoints.has(ref.endpointKey)) throw bad(`Endpoint Reason: Endpoint does not exist for endpoint arn${endpoint}`);
      return endpoint;
    }
    default: // firehose
      if (!/^arn:aws[\w-]*:firehose:[a-z0-9-]+:\d{12}:deliverystream\/.+$/.test(endpoint)) throw bad('Firehose endpoint ARN');
      return endpoint;
  }
}

/**
 * Subscribes an endpoint. sqs, lambda, sms, application and firehose subscriptions are
 * confirmed at once; http(s) and email ones wait for ConfirmSubscription, and Subscribe says
 * "pending confirmation" unless ReturnSubscriptionArn asks for the ARN.
 */
export function subscribe(input: SubscribeInput, ctx: OperationContext): { SubscriptionArn: string } {
  const found = findTopic(ctx, input.TopicArn);
  const protocol = input.Protocol ?? '';
  if (!PROTOCOLS.has(protocol)) throw invalidParameter(`Invalid parameter: Amazon SNS does not support this protocol string: ${protocol}`);
  if (input.Endpoint === undefined || input.Endpoint === '') throw invalidParameter('Invalid parameter: Endpoint');
  const endpoint = checkEndpoint(protocol, input.Endpoint, ctx);
  const fifo = isFifoTopic(found.topic);
  if (fifo && protocol !== 'sqs' && protocol !== 'firehose') throw invalidParameter(`Invalid parameter: Invalid protocol type: ${protocol}`);
  if (!fifo && protocol === 'sqs' && endpoint.endsWith('.fifo')) {
    throw invalidParameter('Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics');
  }
  if (protocol === 'firehose' && !input.Attributes?.SubscriptionRoleArn) throw invalidParameter('Invalid parameter: Attributes Reason: SubscriptionRoleArn is required for firehose subscriptions');
  const attributes = validateSubscriptionAttributes(input.Attributes ?? {}, protocol, 'Invalid parameter: Attributes Reason: ');

  const existing = topicSubscriptions(found).find((s) => s.protocol === protocol && s.endpoint === endpoint);
  if (existing) {
    const same = Object.entries(attributes).every(([k, v]) => existing.attributes[k] === v || (k === 'RawMessageDelivery' && v === 'false' && !existing.attributes[k]));
    if (!same) throw invalidParameter('Invalid parameter: Attributes Reason: Subscription already exists with different attributes');
    return { SubscriptionArn: existing.confirmed || input.ReturnSubscriptionArn ? existing.arn : 'pending confirmation' };
  }

  const id = randomUUID();
  const pending = NEEDS_CONFIRMATION.has(protocol);
  const row: SubscriptionRow = {
    arn: `${found.topic.arn}:${id}`,
    topicArn: found.topic.arn,
    owner: ctx.accountId,
    protocol,
    endpoint,
    attributes,
    confirmed: !pending,
    token: pending ? randomBytes(64).toString('hex') : undefined,
    authenticated: !pending,
    createdMs: ctx.clock.now(),
  };
  found.subscriptions.put(subscriptionKey(found.ref.name, id), row);
  if (pending) sendConfirmation(snsRuntimeOf(ctx.store), row, ctx.endpoint, ctx.clock.now());
  return { SubscriptionArn: pending && !input.ReturnSubscriptionArn ? 'pending confirmation' : row.arn };
}
