/** An event as EventBridge delivers it, members in AWS's order. */
export interface EventEnvelope {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
  /** Set on events a replay sends again (after every other member, as AWS adds it). */
  'replay-name'?: string;
}

/** AWS's event times have whole seconds: `2021-11-12T00:00:00Z`. */
export function eventTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function envelope(fields: Omit<EventEnvelope, 'version'>): EventEnvelope {
  return {
    version: '0',
    id: fields.id,
    'detail-type': fields['detail-type'],
    source: fields.source,
    account: fields.account,
    time: fields.time,
    region: fields.region,
    resources: fields.resources,
    detail: fields.detail,
  };
}
