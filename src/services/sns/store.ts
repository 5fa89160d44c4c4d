import { defineTable, type ScopedTable, type Store } from '../../store/types.js';

/** One topic; keyed by its name in the topic's account and region. */
export interface TopicRow {
  arn: string;
  name: string;
  owner: string;
  /** The attributes users set (DisplayName, Policy, DeliveryPolicy, FifoTopic, ...), as strings. */
  attributes: Record<string, string>;
  /** In insertion order, as ListTagsForResource returns them. */
  tags: Array<{ Key: string; Value: string }>;
  dataProtectionPolicy?: string;
  /** Subscriptions deleted so far (the SubscriptionsDeleted attribute). */
  deletedSubscriptions: number;
  createdMs: number;
}

/** One subscription; keyed by `<topic name>:<id>` so a topic's subscriptions share a prefix. */
export interface SubscriptionRow {
  arn: string;
  topicArn: string;
  owner: string;
  protocol: string;
  endpoint: string;
  /** RawMessageDelivery, FilterPolicy, FilterPolicyScope, RedrivePolicy, DeliveryPolicy, ... */
  attributes: Record<string, string>;
  confirmed: boolean;
  /** The confirmation token while pending. */
  token?: string;
  /** Whether the confirmation came from ConfirmSubscription with AuthenticateOnUnsubscribe. */
  authenticated: boolean;
  createdMs: number;
}

/** A FIFO topic's next sequence number and deduplication window; keyed by topic name. */
export interface FifoStateRow {
  sequence: string;
  /** Deduplication id -> first message id and when the 5-minute window ends. */
  dedup: Record<string, { messageId: string; sequence: string; expiresMs: number }>;
}

/** A delivery to an endpoint with no real transport (email, sms, application), or any recorded notice. */
export interface RecordedMessageRow {
  accountId: string;
  region: string;
  protocol: string;
  endpoint: string;
  subscriptionArn?: string;
  topicArn?: string;
  messageId: string;
  /** The exact body that would have been sent. */
  message: string;
  subject?: string;
  messageAttributes?: Record<string, { Type: string; Value: string }>;
  type: string;
  /** A SubscriptionConfirmation's token, for ConfirmSubscription. */
  token?: string;
  timestamp: string;
}

/** Kumo's signing key pair and certificate, kept so signatures verify across restarts. */
export interface SigningKeyRow {
  privateKeyPem: string;
  certificatePem: string;
}

export const topicsTable = defineTable<TopicRow>({ service: 'sns', name: 'topics', scope: 'region' });
export const subscriptionsTable = defineTable<SubscriptionRow>({ service: 'sns', name: 'subscriptions', scope: 'region' });
export const fifoStateTable = defineTable<FifoStateRow>({ service: 'sns', name: 'fifo-state', scope: 'region' });
export const recordedMessagesTable = defineTable<RecordedMessageRow>({ service: 'sns', name: 'recorded-messages', scope: 'global' });
export const signingKeyTable = defineTable<SigningKeyRow>({ service: 'sns', name: 'signing-key', scope: 'global' });

export const GLOBAL_SCOPE = { accountId: '', region: '' };

export function topicsIn(store: Store, scope: { accountId: string; region: string }): ScopedTable<TopicRow> {
  return store.table(topicsTable, { accountId: scope.accountId, region: scope.region });
}

export function subscriptionsIn(store: Store, scope: { accountId: string; region: string }): ScopedTable<SubscriptionRow> {
  return store.table(subscriptionsTable, { accountId: scope.accountId, region: scope.region });
}

/** A platform application (mobile push); keyed `<platform>/<name>`, as its ARN ends. */
export interface PlatformApplicationRow {
  arn: string;
  name: string;
  platform: string;
  /** PlatformCredential, PlatformPrincipal, Enabled, event topics, ... as strings. */
  attributes: Record<string, string>;
  createdMs: number;
}

/** A platform endpoint (one device); keyed `<platform>/<app name>/<id>` so an application's endpoints share a prefix. */
export interface PlatformEndpointRow {
  arn: string;
  applicationArn: string;
  /** Token, Enabled and CustomUserData (when set), as GetEndpointAttributes shows them. */
  attributes: Record<string, string>;
  createdMs: number;
}

/** The account's SMS preferences (SetSMSAttributes), opted-out numbers and sandbox numbers; keyed by kind. */
export interface SmsAccountRow {
  attributes: Record<string, string>;
  /** E.164 number -> epoch ms opted out. */
  optedOut: Record<string, number>;
  /** E.164 number -> sandbox entry. */
  sandbox: Record<string, { status: 'Pending' | 'Verified'; otp?: string; createdMs: number }>;
}

export const platformApplicationsTable = defineTable<PlatformApplicationRow>({ service: 'sns', name: 'platform-applications', scope: 'region' });
export const platformEndpointsTable = defineTable<PlatformEndpointRow>({ service: 'sns', name: 'platform-endpoints', scope: 'region' });
export const smsAccountTable = defineTable<SmsAccountRow>({ service: 'sns', name: 'sms-account', scope: 'region' });
