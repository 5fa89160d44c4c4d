import type { OperationContext } from '../../define-service.js';
import { eventBridgeRuntimeOf } from '../delivery/eventbridge-runtime.js';
import { alreadyExists, busNotFound, validation } from '../errors.js';
import { findBus } from '../model/buses.js';
import { parseBusName } from '../model/names.js';
import { checkReplayName, REPLAY_STEP_MS, replayArn, scheduleReplayStep } from '../model/replays.js';
import { archivesTable, replaysTable, type ReplayRow } from '../store.js';

interface StartReplayInput {
  ReplayName?: string;
  Description?: string;
  EventSourceArn?: string;
  EventStartTime?: Date;
  EventEndTime?: Date;
  Destination?: { Arn?: string; FilterArns?: string[] };
}

const ARCHIVE_ARN = /^arn:aws[\w-]*:events:([a-z0-9-]+):(\d{12}):archive\/(.+)$/;

/** Starts sending an archive's events back to the bus it archives; the scheduler runs it. */
export function startReplay(input: StartReplayInput, ctx: OperationContext) {
  const name = checkReplayName(input.ReplayName);
  const destination = input.Destination?.Arn ?? '';
  const bus = parseBusName(destination);
  if (bus.accountId === undefined) throw validation('Parameter Destination.Arn is not valid. Reason: Must contain an event bus ARN.');
  if (bus.accountId !== ctx.accountId || bus.region !== ctx.region || !findBus(ctx, bus.name)) throw busNotFound(bus.name);
  const archiveRef = ARCHIVE_ARN.exec(input.EventSourceArn ?? '');
  const archiveName = archiveRef?.[3] ?? (input.EventSourceArn ?? '').split('/').pop() ?? '';
  const archive = archiveRef && archiveRef[1] === ctx.region && archiveRef[2] === ctx.accountId ? ctx.table(archivesTable).get(archiveName) : undefined;
  if (!archive) throw validation(`Parameter EventSourceArn is not valid. Reason: Archive ${archiveName} does not exist.`);
  if (parseBusName(archive.sourceArn).name !== bus.name) {
    throw validation('Parameter Destination.Arn is not valid. Reason: Cross event bus replay is not permitted.');
  }
  const start = input.EventStartTime?.getTime() ?? 0;
  const end = input.EventEndTime?.getTime() ?? 0;
  if (start >= end) throw validation('Parameter EventEndTime is not valid. Reason: EventStartTime must be before EventEndTime.');
  const replays = ctx.table(replaysTable);
  if (replays.has(name)) throw alreadyExists(`Replay ${name} already exists.`);
  const now = ctx.clock.now();
  const row: ReplayRow = {
    name, arn: replayArn(ctx.region, ctx.accountId, name), sourceArn: input.EventSourceArn!, archive: archive.name,
    destination: { Arn: destination, ...(input.Destination?.FilterArns !== undefined ? { FilterArns: input.Destination.FilterArns } : {}) },
    eventStartMs: start, eventEndMs: end, state: 'STARTING', startMs: now,
    ...(input.Description !== undefined ? { description: input.Description } : {}),
  };
  ctx.store.transaction(() => {
    replays.put(name, row);
    scheduleReplayStep(eventBridgeRuntimeOf(ctx.store), ctx.store, ctx, name, now + REPLAY_STEP_MS);
  });
  return { ReplayArn: row.arn, State: row.state, ReplayStartTime: new Date(now) };
}
