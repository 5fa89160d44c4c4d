import assert from 'node:assert/strict';
import { crc32, deflateRawSync } from 'node:zlib';
import { LambdaClient, CreateFunctionCommand, type CreateFunctionCommandInput } from '@aws-sdk/client-lambda';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

export const ROLE = 'arn:aws:iam::000000000000:role/lambda-role';

/** A zip archive of the given files (Unix modes kept, so a `bootstrap` can be executable). */
export function makeZip(files: Record<string, string | { content: string; mode: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, spec] of Object.entries(files)) {
    const content = Buffer.from(typeof spec === 'string' ? spec : spec.content);
    const mode = typeof spec === 'string' ? 0o644 : spec.mode;
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export async function startLambdaKumo(services = ['lambda', 'cloudwatch-logs']): Promise<{ kumo: EmbeddedKumo; lambda: LambdaClient; advance: (seconds: number) => Promise<void> }> {
  const kumo = await startTestKumo(services);
  const lambda = new LambdaClient(kumo.clientConfig);
  const advance = async (advanceSeconds: number) => {
    const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
    assert.equal(response.status, 200);
  };
  return { kumo, lambda, advance };
}

export function createNodeFunction(lambda: LambdaClient, name: string, source: string, extra: Partial<CreateFunctionCommandInput> = {}, file = 'index.mjs') {
  return lambda.send(new CreateFunctionCommand({
    FunctionName: name,
    Runtime: 'nodejs20.x',
    Role: ROLE,
    Handler: 'index.handler',
    Code: { ZipFile: makeZip({ [file]: source }) },
    ...extra,
  }));
}

export function decode(payload: Uint8Array | undefined): unknown {
  return JSON.parse(Buffer.from(payload ?? new Uint8Array()).toString('utf8'));
}
