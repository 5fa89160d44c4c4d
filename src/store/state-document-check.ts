import type { StateDocument } from './types.js';

/** The export format this code writes; import accepts this version and older. */
export const stateDocumentVersion = 1;

/** Checks an import document's shape before anything is written, with messages users can act on. */
export function checkStateDocument(document: unknown): asserts document is StateDocument {
  const fail = (why: string): never => {
    throw new TypeError(`Not a Kumo state document: ${why}`);
  };
  if (typeof document !== 'object' || document === null) fail('expected a JSON object');
  const doc = document as Record<string, unknown>;
  if (doc.format !== 'kumo-state') fail('"format" must be "kumo-state"');
  if (typeof doc.version !== 'number') fail('"version" must be a number');
  if ((doc.version as number) > stateDocumentVersion) {
    fail(`it is version ${String(doc.version)}, written by a newer Kumo (this one reads up to ${stateDocumentVersion})`);
  }
  if (!Array.isArray(doc.tables)) fail('"tables" must be an array');
  for (const table of doc.tables as unknown[]) {
    const t = table as Record<string, unknown>;
    if (typeof t !== 'object' || t === null || typeof t.service !== 'string' || typeof t.name !== 'string' || !Array.isArray(t.rows)) {
      fail('each table needs "service", "name" and "rows"');
    }
    for (const row of t.rows as unknown[]) {
      const r = row as Record<string, unknown>;
      if (typeof r !== 'object' || r === null || typeof r.scope !== 'string' || typeof r.key !== 'string' || r.value === undefined) {
        fail(`a row of ${String(t.service)}/${String(t.name)} lacks "scope", "key" or "value"`);
      }
    }
  }
  if (typeof doc.blobs !== 'object' || doc.blobs === null || Array.isArray(doc.blobs)) fail('"blobs" must be an object');
  for (const [id, data] of Object.entries(doc.blobs as Record<string, unknown>)) {
    if (!/^[0-9a-f]{32}$/.test(id)) fail(`blob id ${JSON.stringify(id)} is not 32 hex digits`);
    if (typeof data !== 'string') fail(`blob ${id} must be a base64 string`);
  }
  if (doc.services !== undefined && (!Array.isArray(doc.services) || doc.services.some((s) => typeof s !== 'string'))) {
    fail('"services" must be an array of names');
  }
}
