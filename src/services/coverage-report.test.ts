import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../model/model-files.js';
import { coverageReport } from './coverage-report.js';

test('docs/coverage.md is up to date with the service maps (run npm run coverage)', () => {
  const committed = readFileSync(join(projectRoot(), 'docs', 'coverage.md'), 'utf8');
  assert.equal(committed, coverageReport());
});

test('every operation a service maps is in its AWS model', async () => {
  const { ALL_SERVICES } = await import('./index.js');
  const { modelCatalog } = await import('../model/index.js');
  for (const service of ALL_SERVICES) {
    const modeled = modelCatalog().model(service.name).operations;
    for (const op of Object.keys(service.operations)) assert.ok(modeled[op], `${service.name}.${op} is not in the model`);
  }
});
