import type { AwsError } from '../../../shared/aws-error.js';
import { replayEvent } from '../delivery/route-event.js';
import { addTimer, onTimer } from '../delivery/timers.js';
import type { EventBridgeRuntime } from '../delivery/eventbridge-runtime.js';
import { constraintViolation, resourceNotFound } from '../errors.js';
import { archivedEventsTable, archivesTable, padMs, replaysTable, type ReplayRow } from '../store.js';
import { trimArchive } from './archives.js';
import type { EventEnvelope } from './envelope.js';

/** A replay moves one state per step of Kumo's scheduler, a second apart: STARTING -> RUNNING -> COMPLETED. */
export const REPLAY_STEP_MS = 1000;

const REPLAY_NAME = /^[.\-_A-Za-z0-9]+$/;

export function checkReplayName(value: unknown, member = 'replayName'): string {
  const name = typeof value === 'string' ? value : '';
  if (name.length < 1) throw constraintViolation(name, member, 'Member must have length greater than or equal to 1');
  if (name.length > 64) throw constraintViolation(name, member, 'Member must have length less than or equal to 64');
  if (!REPLAY_NAME.test(name)) throw constraintViolation(name, member, 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+');
  return name;
}

export function replayNotFound(name: string): AwsError {
  return resourceNotFound(`Replay ${name} does not exist.`);
}

export function replayArn(region: string, accountId: string, name: string): string {
  return `arn:aws:events:${region}:${accountId}:replay/${name}`;
}

export function scheduleReplayStep(eb: EventBridgeRuntime | undefined, store: EventBridgeRuntime['runtime']['store'], scope: { accountId: string; region: string }, replay: string, dueMs: number): void {
  addTimer(store, eb, dueMs, { kind: 'replay', ...scope, replay });
}

/** DescribeReplay's view; ListReplays drops ReplayArn, Description and Destination. */
export function replayDescription(row: ReplayRow) {
  const date = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));
  return {
    ReplayName: row.name,
    ReplayArn: row.arn,
    Description: row.description,
    State: row.state,
    StateReason: row.stateReason,
    EventSourceArn: row.sourceArn,
    Destination: row.destination,
    EventStartTime: new Date(row.eventStartMs),
    EventEndTime: new Date(row.eventEndMs),
    EventLastReplayedTime: date(row.lastReplayedMs),
    ReplayStartTime: new Date(row.startMs),
    ReplayEndTime: date(row.endMs),
  };
}

/**
 * One step of a replay. STARTING: becomes RUNNING and sends the archived events that arrived
 * between EventStartTime and EventEndTime, in arrival order, each with `replay-name`, to the
 * destination bus's rules (or the FilterArns ones); RUNNING: COMPLETED. A cancelled replay
 * (CANCELLING) becomes CANCELLED at its next step.
 */
onTimer('replay', async (eb, job) => {
  if (job.kind !== 'replay') return;
  const store = eb.runtime.store;
  const scope = { accountId: job.accountId, region: job.region };
  const replays = store.table(replaysTable, scope);
  const row = replays.get(job.replay);
  if (!row) return;
  const now = eb.runtime.clock.now();
  if (row.state === 'CANCELLING') {
    replays.put(row.name, { ...row, state: 'CANCELLED', endMs: now });
    return;
  }
  if (row.state === 'RUNNING') {
    replays.put(row.name, { ...row, state: 'COMPLETED', endMs: now });
    return;
  }
  if (row.state !== 'STARTING') return;
  replays.put(row.name, { ...row, state: 'RUNNING' });
  const archive = store.table(archivesTable, scope).get(row.archive);
  if (archive) trimArchive(store, scope, archive, now);
  const events = store.table(archivedEventsTable, scope).list({
    start: `${row.archive}/${padMs(row.eventStartMs)}`,
    end: `${row.archive}/${padMs(row.eventEndMs)}`,
  });
  const bus = { ...scope, bus: row.destination.Arn.slice(row.destination.Arn.indexOf(':event-bus/') + ':event-bus/'.length) };
  let last: number | undefined;
  for (const { value } of events) {
    const current = replays.get(row.name);
    if (!current || current.state !== 'RUNNING') break;
    await replayEvent(eb, bus, { ...(value.event as unknown as EventEnvelope), 'replay-name': row.name }, row.destination.FilterArns);
    last = value.arrivedMs;
  }
  const current = replays.get(row.name);
  if (!current) return;
  if (last !== undefined) current.lastReplayedMs = last;
  replays.put(row.name, current);
  scheduleReplayStep(eb, store, scope, row.name, eb.runtime.clock.now() + REPLAY_STEP_MS);
});
