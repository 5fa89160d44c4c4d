import type { InternalRoute, InternalRouteResponse } from '../define-service.js';
import { SIGNING_CERT_PATH } from './delivery/signer.js';
import { snsRuntimeOf } from './delivery/sns-runtime.js';
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

export const snsInternalRoutes: Record<string, InternalRoute> = {
  '/_kumo/sns/messages': messages,
  [SIGNING_CERT_PATH]: certificate,
};
