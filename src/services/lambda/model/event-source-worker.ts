import { mappingsTable } from '../store.js';
import type { LambdaRuntime } from '../runtime-state.js';
import { eventSourceKind, type EventSourceMappingRecord } from './event-source-mapping.js';
import { pollSqsMapping } from './sqs-event-source.js';
import { pollDynamoDbMapping } from './dynamodb-event-source.js';
import { pollKinesisMapping } from './kinesis-event-source.js';

/** How often enabled mappings poll their source (Kumo's clock, which real time moves too). */
const POLL_MS = 200;
const GLOBAL = { accountId: '', region: '' };

/** Starts the poller of every mapping of this Kumo; returns its cancel. */
export function startMappingWorker(runtime: LambdaRuntime): () => void {
  return runtime.scheduler.every(POLL_MS, () => pollMappings(runtime));
}

/**
 * One round: settle state transitions, then start a poll for each enabled mapping that is not
 * already polling (a mapping's polls never overlap, so its batches run one at a time).
 */
export function pollMappings(runtime: LambdaRuntime): void {
  settleMappings(runtime);
  for (const { value: mapping } of runtime.store.table(mappingsTable, GLOBAL).list()) {
    if (mapping.state !== 'Enabled' || runtime.polling.has(mapping.uuid)) continue;
    const poll = poller(mapping);
    if (!poll) continue;
    runtime.polling.add(mapping.uuid);
    void poll(runtime, mapping)
      .catch(() => runtime.queueUrls.delete(mapping.eventSourceArn))
      .finally(() => runtime.polling.delete(mapping.uuid));
  }
}

function poller(mapping: EventSourceMappingRecord): ((runtime: LambdaRuntime, mapping: EventSourceMappingRecord) => Promise<void>) | undefined {
  switch (eventSourceKind(mapping.eventSourceArn)) {
    case 'sqs':
      return pollSqsMapping;
    case 'dynamodb':
      return pollDynamoDbMapping;
    case 'kinesis':
      return pollKinesisMapping;
    default:
      return undefined;
  }
}

/** Creating/Enabling/Updating become Enabled or Disabled, Disabling becomes Disabled, Deleting goes. */
export function settleMappings(runtime: LambdaRuntime): void {
  const table = runtime.store.table(mappingsTable, GLOBAL);
  for (const { key, value } of table.list()) {
    switch (value.state) {
      case 'Deleting':
        table.delete(key);
        runtime.sqsBatches.delete(key);
        runtime.streamCursors.delete(key);
        break;
      case 'Creating':
      case 'Enabling':
      case 'Updating':
      case 'Disabling':
        table.put(key, { ...value, state: value.enabled ? 'Enabled' : 'Disabled' });
        break;
      default:
        break;
    }
  }
}

/** Settles soon after a change, so a Get right after Create sees Creating and moments later Enabled. */
export function settleSoon(runtime: LambdaRuntime): void {
  setImmediate(() => {
    try {
      settleMappings(runtime);
    } catch {
      // The Kumo stopped meanwhile; its next start settles.
    }
  });
}

export { GLOBAL as MAPPINGS_SCOPE };
