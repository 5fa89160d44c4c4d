import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { eventBridgeRuntimeOf } from '../delivery/eventbridge-runtime.js';
import { routeEvent } from '../delivery/route-event.js';
import { constraintViolation, validation } from '../errors.js';
import { envelope, eventTime, type EventEnvelope } from '../model/envelope.js';
import { busAllowsPutEvents, principalOf, putEventsDenial } from '../model/bus-policy.js';
import { DEFAULT_BUS, parseBusName } from '../model/names.js';
import { busesTable } from '../store.js';

interface PutEventsEntry {
  Time?: Date;
  Source?: string;
  Resources?: string[];
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  TraceHeader?: string;
}

interface PutEventsInput {
  Entries?: PutEventsEntry[];
  EndpointId?: string;
  /**
   * Set only by Kumo's own services through the internal client (the wire decoder drops
   * members the model lacks, so clients cannot set it): AWS services publish `aws.*` sources.
   */
  KumoTrustedSource?: boolean;
}

interface ResultEntry {
  EventId?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
}

const MAX_REQUEST_BYTES = 256 * 1024;

/** AWS's size accounting (eb-putevent-size): a Time counts 14 bytes, strings their UTF-8 bytes. */
function entrySize(entry: PutEventsEntry): number {
  const bytes = (s: string | undefined) => (s === undefined ? 0 : Buffer.byteLength(s, 'utf8'));
  return (entry.Time ? 14 : 0) + bytes(entry.Source) + bytes(entry.DetailType) + bytes(entry.Detail)
    + (entry.Resources ?? []).reduce((sum, r) => sum + bytes(r), 0);
}

const failure = (ErrorCode: string, ErrorMessage: string): ResultEntry => ({ ErrorCode, ErrorMessage });

export function putEvents(input: PutEventsInput, ctx: OperationContext) {
  const entries = input.Entries ?? [];
  if (entries.length < 1) throw constraintViolation('[]', 'entries', 'Member must have length greater than or equal to 1');
  if (entries.length > 10) {
    throw constraintViolation(`[${entries.map(() => 'PutEventsRequestEntry').join(', ')}]`, 'entries', 'Member must have length less than or equal to 10');
  }
  if (entries.reduce((sum, e) => sum + entrySize(e), 0) > MAX_REQUEST_BYTES) throw validation('Total size of the entries in the request is over the limit.');
  const eb = eventBridgeRuntimeOf(ctx.store);
  const results = entries.map((entry) => {
    const accepted = accept(entry, input.KumoTrustedSource === true, ctx);
    if (!('event' in accepted)) return accepted;
    if (eb) routeEvent(eb, accepted.scope, accepted.event);
    const result: ResultEntry = { EventId: accepted.event.id };
    return result;
  });
  return { FailedEntryCount: results.filter((r) => r.ErrorCode !== undefined).length, Entries: results };
}

function accept(entry: PutEventsEntry, trusted: boolean, ctx: OperationContext): ResultEntry | { event: EventEnvelope; scope: { accountId: string; region: string; bus: string } } {
  if (!entry.Source) return failure('InvalidArgument', 'Parameter Source is not valid. Reason: Source is a required argument.');
  if (!entry.DetailType) return failure('InvalidArgument', 'Parameter DetailType is not valid. Reason: DetailType is a required argument.');
  if (!entry.Detail) return failure('InvalidArgument', 'Parameter Detail is not valid. Reason: Detail is a required argument.');
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    detail = undefined;
  }
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return failure('MalformedDetail', 'Detail is malformed.');
  if (entry.Source.startsWith('aws.') && !trusted) return failure('NotAuthorizedForSourceException', 'Not authorized for the source.');
  const ref = parseBusName(entry.EventBusName);
  const scope = { accountId: ref.accountId ?? ctx.accountId, region: ref.region ?? ctx.region, bus: ref.name };
  if (scope.accountId !== ctx.accountId && !trusted) {
    // Another account's bus: its policy must allow this caller, with or without IAM enforcement.
    const decision = busAllowsPutEvents(ctx.store, scope, principalOf(ctx.caller.arn, ctx.accountId));
    if (decision !== 'allowed') return failure('AccessDeniedException', putEventsDenial(ctx.caller.arn, scope, decision));
  }
  if (scope.bus !== DEFAULT_BUS && !ctx.store.table(busesTable, scope).has(scope.bus)) {
    return failure('ResourceNotFoundException', `Event bus ${scope.bus} does not exist.`);
  }
  const event = envelope({
    id: randomUUID(),
    'detail-type': entry.DetailType,
    source: entry.Source,
    account: ctx.accountId,
    time: eventTime(entry.Time ? entry.Time.getTime() : ctx.clock.now()),
    region: scope.region,
    resources: entry.Resources ?? [],
    detail: detail as Record<string, unknown>,
  });
  return { event, scope };
}
