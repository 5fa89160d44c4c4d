import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmbeddedKumo } from '../../../src/index.js';
import { awsCliV1, awsCliV2, awsCliV2Path, type CliResult } from '../../support/cli-clients.js';
import { startTestKumo } from '../../support/start-test-kumo.js';

type Cli = (endpoint: string, args: string[]) => Promise<CliResult>;

/** `aws s3` high-level transfers, the way users run them, with CLI v1 and Debian's v2. */
for (const [label, cli] of [['v1', awsCliV1], ['v2', awsCliV2Path ? awsCliV2 : undefined]] as Array<[string, Cli | undefined]>) {
  describe(`AWS CLI ${label}: aws s3 mb / cp / ls / sync / presign / rm / rb`, { skip: cli ? false : "Debian's awscli is not installed" }, () => {
    let kumo: EmbeddedKumo;
    let dir: string;
    const bucket = `cli-${label}-bucket`;
    const run = async (...args: string[]) => {
      const result = await cli!(kumo.url, args);
      assert.equal(result.status, 0, `aws ${args.join(' ')}: ${result.stderr}`);
      return result.stdout;
    };
    before(async () => {
      kumo = await startTestKumo(['s3']);
      dir = mkdtempSync(join(tmpdir(), 'kumo-s3-cli-'));
      mkdirSync(join(dir, 'src', 'nested'), { recursive: true });
      writeFileSync(join(dir, 'src', 'one.txt'), 'one');
      writeFileSync(join(dir, 'src', 'nested', 'two.txt'), 'two');
      // Over the CLI's 8 MiB multipart threshold, so cp uses a multipart upload.
      writeFileSync(join(dir, 'big.bin'), Buffer.alloc(9 * 1024 * 1024, 7));
    });
    after(async () => {
      await kumo.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('mb, cp up and down (multipart too), ls, sync, presign, rm, rb', async () => {
      assert.match(await run('s3', 'mb', `s3://${bucket}`), new RegExp(`make_bucket: ${bucket}`));
      await run('s3', 'cp', join(dir, 'big.bin'), `s3://${bucket}/big.bin`);
      await run('s3', 'cp', `s3://${bucket}/big.bin`, join(dir, 'big-back.bin'));
      assert.ok(readFileSync(join(dir, 'big-back.bin')).equals(readFileSync(join(dir, 'big.bin'))));
      await run('s3', 'sync', join(dir, 'src'), `s3://${bucket}/synced`);
      const listing = await run('s3', 'ls', `s3://${bucket}/synced/`, '--recursive');
      assert.match(listing, /synced\/one\.txt/);
      assert.match(listing, /synced\/nested\/two\.txt/);
      assert.match(await run('s3', 'ls', `s3://${bucket}/`), /PRE synced\//);
      assert.match(await run('s3', 'ls'), new RegExp(bucket));
      // A second sync has nothing to do.
      assert.equal((await run('s3', 'sync', join(dir, 'src'), `s3://${bucket}/synced`)).trim(), '');
      await run('s3', 'sync', `s3://${bucket}/synced`, join(dir, 'down'));
      assert.equal(readFileSync(join(dir, 'down', 'nested', 'two.txt'), 'utf8'), 'two');
      const url = (await run('s3', 'presign', `s3://${bucket}/synced/one.txt`, '--expires-in', '300')).trim();
      assert.equal(await (await fetch(url)).text(), 'one');
      await run('s3', 'rm', `s3://${bucket}`, '--recursive');
      assert.equal((await run('s3', 'ls', `s3://${bucket}/`, '--recursive')).trim(), '');
      assert.match(await run('s3', 'rb', `s3://${bucket}`), new RegExp(`remove_bucket: ${bucket}`));
    });
  });
}
