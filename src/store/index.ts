export { openStore, type OpenStoreOptions } from './open-store.js';
export { StoreOpenError, type StoreOpenErrorReason } from './store-open-error.js';
export type { SynchronousMode } from './open-database.js';
export { latestSchemaVersion } from './migrations/index.js';
export { stateDocumentVersion } from './state-document-check.js';
export { compareKeys } from './key-range.js';
export {
  defineTable,
  type BlobStore,
  type ListOptions,
  type Row,
  type ScopeKey,
  type ScopedTable,
  type StagedBlob,
  type StateDocument,
  type Store,
  type TableDefinition,
  type TableScope,
} from './types.js';
