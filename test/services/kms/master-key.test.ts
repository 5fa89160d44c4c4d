import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../../src/store/types.js';
import { unwrapMaterial, wrapMaterial } from '../../../src/services/kms/model/master-key.js';

describe('KMS key material at rest', () => {
  test('wrapped under a per-data-directory master key: readable after a restart there, not elsewhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kumo-kms-'));
    const other = mkdtempSync(join(tmpdir(), 'kumo-kms-'));
    try {
      const material = Buffer.alloc(32, 7);
      const wrapped = wrapMaterial({ dataDir: dir } as Store, 'key-1', material);
      assert.ok(!Buffer.from(wrapped, 'base64').includes(material), 'never stored in the clear');
      assert.equal(statSync(join(dir, 'kms-master.key')).mode & 0o777, 0o600);
      assert.equal(Buffer.from(readFileSync(join(dir, 'kms-master.key'), 'utf8'), 'base64').length, 32);
      // A new store object for the same directory (a restart) reads the same master key.
      assert.deepEqual(unwrapMaterial({ dataDir: dir } as Store, 'key-1', wrapped), material);
      assert.throws(() => unwrapMaterial({ dataDir: dir } as Store, 'key-2', wrapped), 'bound to its key id');
      assert.throws(() => unwrapMaterial({ dataDir: other } as Store, 'key-1', wrapped));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });
});
