import { defineTable } from '../../store/types.js';
import type { AliasRecord, FunctionRecord, VersionRecord } from './model.js';
import type { EventSourceMappingRecord } from './model/event-source-mapping.js';
import type { FunctionUrlRecord } from './model/function-url.js';
import type { LayerVersionRecord } from './model/layers.js';
import type { EventInvokeConfigRecord } from './model/async-invocations.js';

export const functionsTable = defineTable<FunctionRecord>({ service: 'lambda', name: 'functions', scope: 'region' });
/** Published versions, keyed `name:0000000001` so they list in order. */
export const versionsTable = defineTable<VersionRecord>({ service: 'lambda', name: 'versions', scope: 'region' });
export const aliasesTable = defineTable<AliasRecord>({ service: 'lambda', name: 'aliases', scope: 'region' });
/** Event source mappings by UUID, in one global table (the record names its account and region) so one poller finds them all. */
export const mappingsTable = defineTable<EventSourceMappingRecord>({ service: 'lambda', name: 'event-source-mappings', scope: 'global' });
/** Function URL configs by URL id, global like the mappings (the record names its account and region). */
export const functionUrlsTable = defineTable<FunctionUrlRecord>({ service: 'lambda', name: 'function-urls', scope: 'global' });
/** Layer versions, keyed `name:0000000001`. */
export const layersTable = defineTable<LayerVersionRecord>({ service: 'lambda', name: 'layers', scope: 'region' });
/** The last version number each layer name used (numbers are never reused, even after deletion). */
export const layerNamesTable = defineTable<{ lastVersion: number }>({ service: 'lambda', name: 'layer-names', scope: 'region' });
/** Event invoke configs (retries, event age, destinations), keyed `name:qualifier` ($LATEST when unqualified). */
export const eventInvokeConfigsTable = defineTable<EventInvokeConfigRecord>({ service: 'lambda', name: 'event-invoke-configs', scope: 'region' });
/** Provisioned concurrency settings, keyed `name:qualifier`. */
export const provisionedConcurrencyTable = defineTable<{ requested: number; lastModified: number }>({ service: 'lambda', name: 'provisioned-concurrency', scope: 'region' });
