import { registerResourcePolicyProvider } from '../../policy/index.js';
import { defineService } from '../define-service.js';
import { sweepRetention } from './model/archives.js';
import { armPendingTimers } from './delivery/timers.js';
import { cancelReplay } from './operations/cancel-replay.js';
import { createArchive } from './operations/create-archive.js';
import { deleteArchive } from './operations/delete-archive.js';
import { describeArchive } from './operations/describe-archive.js';
import { describeReplay } from './operations/describe-replay.js';
import { listArchives } from './operations/list-archives.js';
import { listReplays } from './operations/list-replays.js';
import { putPermission } from './operations/put-permission.js';
import { removePermission } from './operations/remove-permission.js';
import { startReplay } from './operations/start-replay.js';
import { updateArchive } from './operations/update-archive.js';
import { eventBusPolicy } from './resource-policy.js';
import { startEventBridgeRuntime, stopEventBridgeRuntime, type EventBridgeRuntime } from './delivery/eventbridge-runtime.js';
import { armPending } from './delivery/schedules.js';
import { createEventBus } from './operations/create-event-bus.js';
import { deleteEventBus } from './operations/delete-event-bus.js';
import { deleteRule } from './operations/delete-rule.js';
import { describeEventBus } from './operations/describe-event-bus.js';
import { describeRule } from './operations/describe-rule.js';
import { disableRule } from './operations/disable-rule.js';
import { enableRule } from './operations/enable-rule.js';
import { listEventBuses } from './operations/list-event-buses.js';
import { listRuleNamesByTarget } from './operations/list-rule-names-by-target.js';
import { listRules } from './operations/list-rules.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { listTargetsByRule } from './operations/list-targets-by-rule.js';
import { putEvents } from './operations/put-events.js';
import { putRule } from './operations/put-rule.js';
import { putTargets } from './operations/put-targets.js';
import { removeTargets } from './operations/remove-targets.js';
import { tagResource } from './operations/tag-resource.js';
import { testEventPattern } from './operations/test-event-pattern.js';
import { untagResource } from './operations/untag-resource.js';
import { updateEventBus } from './operations/update-event-bus.js';
import type { Store } from '../../store/types.js';

/** One delivery runtime per running Kumo (tests may run several in one process). */
const running = new Map<Store, EventBridgeRuntime>();
/** The hourly retention sweep of each running Kumo, cancelled by stop(). */
const sweeps = new Map<Store, () => void>();

const HOUR_MS = 3_600_000;

export const eventbridgeService = defineService({
  name: 'eventbridge',
  operations: {
    CancelReplay: cancelReplay,
    CreateArchive: createArchive,
    DeleteArchive: deleteArchive,
    DescribeArchive: describeArchive,
    DescribeReplay: describeReplay,
    ListArchives: listArchives,
    ListReplays: listReplays,
    PutPermission: putPermission,
    RemovePermission: removePermission,
    StartReplay: startReplay,
    UpdateArchive: updateArchive,
    CreateEventBus: createEventBus,
    DeleteEventBus: deleteEventBus,
    DeleteRule: deleteRule,
    DescribeEventBus: describeEventBus,
    DescribeRule: describeRule,
    DisableRule: disableRule,
    EnableRule: enableRule,
    ListEventBuses: listEventBuses,
    ListRuleNamesByTarget: listRuleNamesByTarget,
    ListRules: listRules,
    ListTagsForResource: listTagsForResource,
    ListTargetsByRule: listTargetsByRule,
    PutEvents: putEvents,
    PutRule: putRule,
    PutTargets: putTargets,
    RemoveTargets: removeTargets,
    TagResource: tagResource,
    TestEventPattern: testEventPattern,
    UntagResource: untagResource,
    UpdateEventBus: updateEventBus,
  },
  lifecycle: {
    start(runtime) {
      const eb = startEventBridgeRuntime(runtime);
      running.set(runtime.store, eb);
      armPending(eb);
      armPendingTimers(eb);
      sweeps.set(runtime.store, runtime.scheduler.every(HOUR_MS, () => sweepRetention(runtime.store, runtime.clock.now())));
    },
    async stop(runtime) {
      const eb = running.get(runtime.store);
      running.delete(runtime.store);
      sweeps.get(runtime.store)?.();
      sweeps.delete(runtime.store);
      if (eb) await stopEventBridgeRuntime(eb);
    },
  },
});

registerResourcePolicyProvider('eventbridge', eventBusPolicy);
