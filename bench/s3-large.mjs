// S3 large-object and listing benchmark (issue 5): 16 MiB PutObject/GetObject MB/s and a full
// ListObjectsV2 of 10,000 keys on Kumo (persistent), s3rver (npm) and moto, beside the bare
// disk (fsync'd file write, file read) as the floor; then a 1 GiB object up and down Kumo while
// its RSS is sampled, to show memory stays flat. Bounded in time (S3_BENCH_MAX_SECONDS).
// `npm run bench` runs it at the end; alone: `node bench/s3-large.mjs` (S3_FROM_SOURCE=1 runs
// src/ through tsx). Writes bench/results/s3-large.json.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIB = 1024 * 1024;
const OBJECT_MIB = Number(process.env.S3_BENCH_OBJECT_MIB ?? 16);
const OBJECTS = Number(process.env.S3_BENCH_OBJECTS ?? 8);
const LIST_KEYS = Number(process.env.S3_BENCH_LIST_KEYS ?? 10000);
const HUGE_MIB = Number(process.env.S3_BENCH_HUGE_MIB ?? 1024);
const MAX_SECONDS = Number(process.env.S3_BENCH_MAX_SECONDS ?? 300);
const deadline = Date.now() + MAX_SECONDS * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// s3rver refuses requests dated more than 15 minutes away: sign with today's date.
const AMZ_DATE = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
const HEADERS = {
  authorization: `AWS4-HMAC-SHA256 Credential=test/${AMZ_DATE.slice(0, 8)}/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000`,
  'x-amz-date': AMZ_DATE,
  'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
};
const chunk = Buffer.alloc(MIB, 'k');

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One HTTP call; the body is `size` bytes written a MiB at a time (never whole in memory); the answer is drained. */
function call(base, method, path, size = 0) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: { ...HEADERS, 'content-length': String(size) } }, (res) => {
      let bytes = 0;
      let text = '';
      res.on('data', (d) => {
        bytes += d.length;
        if (text.length < 1_000_000) text += d.toString('latin1');
      });
      res.on('end', () => (res.statusCode >= 300 ? reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 300)}`)) : resolve({ bytes, text })));
      res.on('error', reject);
    });
    req.on('error', reject);
    let left = size;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, MIB);
        left -= n;
        if (!req.write(n === MIB ? chunk : chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

async function waitFor(url) {
  const until = Date.now() + 30000;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return true;
    } catch {
      await sleep(50);
    }
  }
  return false;
}

function rssMb(pid) {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
}

async function startServers(dir) {
  const servers = [];
  const kumoPort = await freePort();
  const kumoArgs = ['start', '--port', String(kumoPort), '--log-level', 'silent', '--data-dir', join(dir, 'kumo'), '--services', 's3'];
  const kumo = spawn(process.execPath, process.env.S3_FROM_SOURCE ? ['--import', 'tsx', join(root, 'src/main.ts'), ...kumoArgs] : [join(root, 'dist/bundle/main.mjs'), ...kumoArgs], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
  if (await waitFor(`http://127.0.0.1:${kumoPort}/_kumo/health`)) servers.push({ name: 'kumo (persistent)', base: `http://127.0.0.1:${kumoPort}`, child: kumo });
  // s3rver takes only its own access key: the benchmark's key is added to its dummy account.
  const s3rverPort = await freePort();
  mkdirSync(join(dir, 's3rver'));
  const s3rverCode = `const S3rver = require(${JSON.stringify(join(root, 'node_modules/s3rver'))});
require(${JSON.stringify(join(root, 'node_modules/s3rver/lib/models/account.js'))}).DUMMY_ACCOUNT.createKeyPair('test', 'test');
new S3rver({ port: ${s3rverPort}, address: '127.0.0.1', silent: true, directory: ${JSON.stringify(join(dir, 's3rver'))}, allowMismatchedSignatures: true }).run();`;
  const s3rver = spawn(process.execPath, ['-e', s3rverCode], { stdio: 'ignore' });
  if (await waitFor(`http://127.0.0.1:${s3rverPort}/`)) servers.push({ name: 's3rver 3.7', base: `http://127.0.0.1:${s3rverPort}`, child: s3rver });
  if (spawnSync('which', ['moto_server']).status === 0) {
    const motoPort = await freePort();
    const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(motoPort)], { stdio: 'ignore' });
    if (await waitFor(`http://127.0.0.1:${motoPort}/moto-api/`)) servers.push({ name: 'moto 5', base: `http://127.0.0.1:${motoPort}`, child: moto });
  }
  return servers;
}

/** The floor: the same bytes written to an fsync'd file and read back, one object at a time. */
async function bareDisk(dir) {
  const file = join(dir, 'bare');
  let started = performance.now();
  for (let i = 0; i < OBJECTS; i++) {
    await new Promise((resolve, reject) => {
      const out = createWriteStream(`${file}-${i}`, { flush: true });
      out.on('error', reject);
      out.on('finish', resolve);
      for (let m = 0; m < OBJECT_MIB; m++) out.write(chunk);
      out.end();
    });
  }
  const put = (OBJECTS * OBJECT_MIB) / ((performance.now() - started) / 1000);
  started = performance.now();
  for (let i = 0; i < OBJECTS; i++) for await (const _ of createReadStream(`${file}-${i}`)) void _;
  const get = (OBJECTS * OBJECT_MIB) / ((performance.now() - started) / 1000);
  return { server: 'bare disk (floor)', putMBps: Math.round(put), getMBps: Math.round(get) };
}

async function largeObjects(server) {
  await call(server.base, 'PUT', '/bench-large');
  let started = performance.now();
  for (let i = 0; i < OBJECTS; i++) await call(server.base, 'PUT', `/bench-large/object-${i}`, OBJECT_MIB * MIB);
  const put = (OBJECTS * OBJECT_MIB) / ((performance.now() - started) / 1000);
  started = performance.now();
  for (let i = 0; i < OBJECTS; i++) {
    const { bytes } = await call(server.base, 'GET', `/bench-large/object-${i}`);
    if (bytes !== OBJECT_MIB * MIB) throw new Error(`${server.name}: got ${bytes} bytes`);
  }
  const get = (OBJECTS * OBJECT_MIB) / ((performance.now() - started) / 1000);
  return { putMBps: Math.round(put), getMBps: Math.round(get) };
}

/** Fills a bucket with LIST_KEYS small objects (8 at a time), then times full ListObjectsV2 walks. */
async function listing(server) {
  await call(server.base, 'PUT', '/bench-list');
  let next = 0;
  const worker = async () => {
    while (next < LIST_KEYS && Date.now() < deadline) {
      const i = next++;
      await call(server.base, 'PUT', `/bench-list/dir-${i % 10}/key-${String(i).padStart(6, '0')}`, 16);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  if (next < LIST_KEYS) return { listMs: null, note: 'fill ran out of time' };
  const walks = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    let keys = 0;
    let token;
    do {
      const query = `?list-type=2&max-keys=1000${token ? `&continuation-token=${encodeURIComponent(token)}` : ''}`;
      const { text } = await call(server.base, 'GET', `/bench-list${query}`);
      keys += (text.match(/<Key>/g) ?? []).length;
      token = /<NextContinuationToken>([^<]+)<\/NextContinuationToken>/.exec(text)?.[1];
    } while (token);
    if (keys !== LIST_KEYS) throw new Error(`${server.name}: listed ${keys} keys`);
    walks.push(performance.now() - started);
  }
  return { listMs: Math.round(walks.sort((a, b) => a - b)[1]) };
}

/** A 1 GiB object up and down Kumo while its RSS is sampled every 50 ms. */
async function hugeObject(kumo) {
  const samples = [];
  const before = rssMb(kumo.child.pid);
  const timer = setInterval(() => samples.push(rssMb(kumo.child.pid)), 50);
  try {
    await call(kumo.base, 'PUT', '/bench-huge');
    let started = performance.now();
    await call(kumo.base, 'PUT', '/bench-huge/one-gib', HUGE_MIB * MIB);
    const put = HUGE_MIB / ((performance.now() - started) / 1000);
    const peakUp = Math.max(...samples);
    started = performance.now();
    const { bytes } = await call(kumo.base, 'GET', '/bench-huge/one-gib');
    if (bytes !== HUGE_MIB * MIB) throw new Error(`1 GiB read returned ${bytes} bytes`);
    const get = HUGE_MIB / ((performance.now() - started) / 1000);
    return { sizeMiB: HUGE_MIB, rssBeforeMb: Math.round(before), peakRssUploadMb: Math.round(peakUp), peakRssMb: Math.round(Math.max(...samples)), putMBps: Math.round(put), getMBps: Math.round(get) };
  } finally {
    clearInterval(timer);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'kumo-s3-bench-'));
const servers = await startServers(dir);
const results = { date: new Date().toISOString(), settings: { OBJECT_MIB, OBJECTS, LIST_KEYS, HUGE_MIB }, large: [], listing: [], huge: undefined };
try {
  console.log(`s3 large objects: ${OBJECTS} x ${OBJECT_MIB} MiB PUT then GET, one at a time`);
  results.large.push(await bareDisk(dir));
  for (const server of servers) {
    if (Date.now() > deadline) break;
    results.large.push({ server: server.name, ...(await largeObjects(server).catch((e) => ({ error: String(e.message) }))) });
  }
  for (const row of results.large) console.log(`  ${row.server}: ${row.error ?? `PUT ${row.putMBps} MB/s, GET ${row.getMBps} MB/s`}`);
  console.log(`s3 listing: ListObjectsV2 of ${LIST_KEYS} keys, 1,000 a page (median of 3 walks)`);
  for (const server of servers) {
    if (Date.now() > deadline) break;
    const row = { server: server.name, ...(await listing(server).catch((e) => ({ error: String(e.message) }))) };
    results.listing.push(row);
    console.log(`  ${row.server}: ${row.error ?? row.note ?? `${row.listMs} ms`}`);
  }
  const kumo = servers.find((s) => s.name.startsWith('kumo'));
  if (kumo && Date.now() < deadline) {
    results.huge = await hugeObject(kumo);
    const h = results.huge;
    console.log(`s3 ${h.sizeMiB} MiB object on Kumo: PUT ${h.putMBps} MB/s, GET ${h.getMBps} MB/s; RSS ${h.rssBeforeMb} MB before, peak ${h.peakRssMb} MB`);
  }
} finally {
  for (const server of servers) server.child.kill();
  await sleep(200);
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/s3-large.json'), JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench/results/s3-large.json');
