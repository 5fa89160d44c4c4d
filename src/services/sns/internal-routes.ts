import type { InternalRoute, InternalRouteResponse } from '../define-service.js';
import { SIGNING_CERT_PATH } from './delivery/signer.js';
import { snsRuntimeOf } from './delivery/sns-runtime.js';
import { saveSmsAccount, smsAccount } from './model/sms.js';
import { GLOBAL_SCOPE, recordedMessagesTable, type RecordedMessageRow } from './store.js';

function json(status: number, value: unknown): InternalRouteResponse {
  return { status, contentType: 'application/json', body: JSON.stringify(value) };
}

function matches(row: RecordedMessageRow, query: URLSearchParams): boolean {
  for (const field of ['accountId', 'region', 'protocol', 'endpoint', 'topicArn', 'subscriptionArn', 'type'] as const) {
    const wanted = query.get(field);
    if (wanted !== null && row[field] !== wanted) return false;
  }
  return true;
}

/**
 * `GET /_kumo/sns/messages` lists the deliveries Kumo records instead of sending (email,
 * email-json, sms, application; subscription confirmations for email), oldest first, filtered
 * by `accountId`, `region`, `protocol`, `endpoint`, `topicArn`, `subscriptionArn`, `type`;
 * `DELETE` with the same filters clears them.
 */
const messages: InternalRoute = ({ method, query, runtime }) => {
  const table = runtime.store.table(recordedMessagesTable, GLOBAL_SCOPE);
  const rows = table.list().filter((row) => matches(row.value, query));
  if (method === 'DELETE') {
    for (const row of rows) table.delete(row.key);
    return json(200, { deleted: rows.length });
  }
  if (method !== 'GET') return json(405, { error: 'Use GET or DELETE.' });
  return json(200, { messages: rows.map((row) => row.value) });
};

/** The certificate the envelopes' SigningCertURL names. */
const certificate: InternalRoute = ({ runtime }) => ({
  status: 200,
  contentType: 'application/x-pem-file',
  body: snsRuntimeOf(runtime.store).signer.certificatePem,
});

/**
 * `POST /_kumo/sns/sms/opt-out` `{"phoneNumber": "+1...", "accountId"?, "region"?}` plays a
 * recipient replying STOP: the number joins the account's opt-out list (default account
 * 000000000000, us-east-1), and SMS to it are no longer delivered.
 */
const smsOptOut: InternalRoute = ({ method, body, runtime }) => {
  if (method !== 'POST') return json(405, { error: 'Use POST.' });
  let request: { phoneNumber?: unknown; accountId?: unknown; region?: unknown };
  try {
    request = JSON.parse(body.toString('utf8') || '{}') as typeof request;
  } catch {
    return json(400, { error: 'The body must be JSON.' });
  }
  const phoneNumber = typeof request.phoneNumber === 'string' ? request.phoneNumber : '';
  if (!/^\+[1-9]\d{1,14}$/.test(phoneNumber)) return json(400, { error: 'phoneNumber must be an E.164 number.' });
  const scope = {
    accountId: typeof request.accountId === 'string' ? request.accountId : '000000000000',
    region: typeof request.region === 'string' ? request.region : 'us-east-1',
  };
  const account = smsAccount(runtime.store, scope);
  account.optedOut[phoneNumber] = runtime.clock.now();
  saveSmsAccount(runtime.store, scope, account);
  return json(200, { optedOut: phoneNumber });
};

export const snsInternalRoutes: Record<string, InternalRoute> = {
  '/_kumo/sns/messages': messages,
  '/_kumo/sns/sms/opt-out': smsOptOut,
  [SIGNING_CERT_PATH]: certificate,
};
