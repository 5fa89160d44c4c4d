import type { ListOptions } from '../../../store/types.js';
import type { OperationContext } from '../../define-service.js';
import { subscriptionsIn, type SubscriptionRow } from '../store.js';
import { decodeNextToken, encodeNextToken } from '../topic-lookup.js';
import type { ScopedTable } from '../../../store/types.js';

const PAGE = 100;

export interface SubscriptionMember {
  SubscriptionArn: string;
  Owner: string;
  Protocol: string;
  Endpoint: string;
  TopicArn: string;
}

export interface SubscriptionPage {
  Subscriptions: SubscriptionMember[];
  NextToken?: string;
}

/** One page of subscriptions; a pending one shows "PendingConfirmation" in place of its ARN. */
export function subscriptionPage(table: ScopedTable<SubscriptionRow>, nextToken: string | undefined, options: ListOptions = {}): SubscriptionPage {
  const rows = table.list({ ...options, after: decodeNextToken(nextToken), limit: PAGE + 1 });
  const page = rows.slice(0, PAGE);
  return {
    Subscriptions: page.map(({ value }) => ({
      SubscriptionArn: value.confirmed ? value.arn : 'PendingConfirmation',
      Owner: value.owner,
      Protocol: value.protocol,
      Endpoint: value.endpoint,
      TopicArn: value.topicArn,
    })),
    NextToken: rows.length > PAGE ? encodeNextToken(page[page.length - 1]!.key) : undefined,
  };
}

export function listSubscriptions(input: { NextToken?: string }, ctx: OperationContext): SubscriptionPage {
  return subscriptionPage(subscriptionsIn(ctx.store, ctx), input.NextToken);
}
