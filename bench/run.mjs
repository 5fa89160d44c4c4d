// npm run bench: start-up time, idle memory and throughput of Kumo beside a bare Node.js HTTP
// server (the floor) and peers (moto) on this machine. Medians of several runs, and ratios.
// Results go to bench/results/latest.json and bench/results/latest.md.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKLOADS } from './workloads.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Server CPU time (user + system) from /proc, in microseconds. On a 2-core machine the load
// generator and the server share the CPU, so req/s is bounded by both; the server's CPU time per
// request is the steadier measure of its own cost, and the one compared across peers.
const TICK_US = 1e6 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);
function cpuUs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

// One request on its own connection. fetch would reuse a pooled keep-alive connection, and
// while spawnSync runs the load generator this process cannot expire idle ones: a setup
// request could go out on a connection the server closed after its 65 s keep-alive.
function sendOnce(url, { method, headers, body }) {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request(url, { method, headers: { ...headers, ...length }, agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function firstSuccess(url, workload, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url + workload.path, { method: workload.method, headers: workload.headers, body: workload.body });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(2);
  }
  throw new Error(`no successful call to ${url} within ${timeoutMs} ms`);
}

function startKumo(port, extra = []) {
  return spawn(process.execPath, [join(root, 'dist/bundle/main.mjs'), 'start', '--port', String(port), '--log-level', 'silent', ...extra], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stop(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function startup(label, extraArgs) {
  const times = [];
  const rss = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'kumo-bench-'));
    const started = performance.now();
    const child = startKumo(port, extraArgs(dir));
    await firstSuccess(`http://127.0.0.1:${port}`, WORKLOADS[0]);
    times.push(performance.now() - started);
    await sleep(1000);
    rss.push(rssMb(child.pid));
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
  return { label, startupMs: median(times), idleRssMb: median(rss), runs: times.length };
}

function load(url, workload) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'bench/load.mjs'), url + workload.path, String(SECONDS), String(CONNECTIONS), workload.method, JSON.stringify(workload.headers), workload.body ?? ''],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

async function throughput(name, url, workload, pid) {
  // Requests a workload needs first (a queue to send to), sent once to each server.
  for (const request of workload.setup ?? []) await sendOnce(url + request.path, request);
  const runs = [];
  load(url, workload); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const before = cpuUs(pid);
    const run = load(url, workload);
    runs.push({ ...run, cpuUsPerRequest: (cpuUs(pid) - before) / Math.max(1, run.requests) });
  }
  const rps = median(runs.map((r) => r.rps));
  const cpuUsPerRequest = Number(median(runs.map((r) => r.cpuUsPerRequest)).toFixed(1));
  const p99 = median(runs.map((r) => r.p99));
  const errors = runs.reduce((n, r) => n + r.errors, 0);
  return { server: name, rps: Math.round(rps), p99Ms: Number(p99.toFixed(2)), errors, cpuUsPerRequest };
}

async function startPeer(command, args, port, readyUrl) {
  const child = spawn(command, args, { stdio: 'ignore' });
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    try {
      await fetch(readyUrl);
      return child;
    } catch {
      await sleep(50);
    }
  }
  child.kill();
  return undefined;
}

const results = { date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, settings: { RUNS, SECONDS, CONNECTIONS }, startup: [], throughput: [] };

console.log('start-up: spawn to first successful API call, then idle RSS after 1 s');
results.startup.push(await startup('in-memory', () => ['--in-memory']));
results.startup.push(await startup('persistent (fresh data dir)', (dir) => ['--data-dir', dir]));
for (const s of results.startup) console.log(`  ${s.label}: ${s.startupMs.toFixed(0)} ms, ${s.idleRssMb.toFixed(1)} MB RSS`);

const barePort = await freePort();
const bare = spawn(process.execPath, [join(root, 'bench/bare-server.mjs'), String(barePort)], { stdio: 'ignore' });
// Kumo as users run it by default: persistent, in a fresh data directory.
const kumoPort = await freePort();
const kumoDir = mkdtempSync(join(tmpdir(), 'kumo-bench-'));
const kumo = startKumo(kumoPort, ['--data-dir', kumoDir]);
await firstSuccess(`http://127.0.0.1:${kumoPort}`, WORKLOADS[0]);
// Kumo in memory too, beside the peers that keep their data in memory (dynalite) or write
// files without fsync (s3rver), so like is also compared with like.
const memoryPort = await freePort();
const kumoInMemory = startKumo(memoryPort, ['--in-memory']);
await firstSuccess(`http://127.0.0.1:${memoryPort}`, WORKLOADS[0]);
await sleep(200);
const motoPort = await freePort();
const moto = spawnSync('which', ['moto_server']).status === 0
  ? await startPeer('moto_server', ['-H', '127.0.0.1', '-p', String(motoPort)], motoPort, `http://127.0.0.1:${motoPort}/moto-api/`)
  : undefined;
// dynalite (npm devDependency), a Node.js DynamoDB emulator on LevelDB in memory.
const dynalitePort = await freePort();
const dynalite = await startPeer(process.execPath, ['-e', `require(${JSON.stringify(join(root, 'node_modules/dynalite'))})({ createTableMs: 0 }).listen(${dynalitePort}, '127.0.0.1')`], dynalitePort, `http://127.0.0.1:${dynalitePort}/`);
// s3rver (npm devDependency), a Node.js S3 emulator on the file system. It knows only its own
// access key (the workloads' is added to its dummy account) and refuses requests dated more
// than 15 minutes away (withTodaysDate re-dates them).
const s3rverPort = await freePort();
const s3rverDir = mkdtempSync(join(tmpdir(), 'kumo-bench-s3rver-'));
const s3rver = await startPeer(process.execPath, ['-e', `const S3rver = require(${JSON.stringify(join(root, 'node_modules/s3rver'))}); require(${JSON.stringify(join(root, 'node_modules/s3rver/lib/models/account.js'))}).DUMMY_ACCOUNT.createKeyPair('test', 'test'); new S3rver({ port: ${s3rverPort}, address: '127.0.0.1', silent: true, directory: ${JSON.stringify(s3rverDir)}, allowMismatchedSignatures: true }).run();`], s3rverPort, `http://127.0.0.1:${s3rverPort}/`);
const withTodaysDate = (workload) => {
  const date = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
  const redate = (headers) => (headers?.['x-amz-date'] ? { ...headers, 'x-amz-date': date, authorization: headers.authorization.replace(/\/\d{8}\//, `/${date.slice(0, 8)}/`) } : headers);
  return { ...workload, headers: redate(workload.headers), setup: workload.setup?.map((r) => ({ ...r, headers: redate(r.headers) })) };
};

try {
  // BENCH_ONLY=s3 measures just the workloads whose name contains it.
  for (const workload of WORKLOADS.filter((w) => !process.env.BENCH_ONLY || w.name.includes(process.env.BENCH_ONLY))) {
    console.log(`throughput: ${workload.name}, ${CONNECTIONS} connections, ${RUNS} x ${SECONDS} s`);
    const rows = [await throughput('bare node http (floor)', `http://127.0.0.1:${barePort}`, workload, bare.pid), await throughput('kumo (persistent)', `http://127.0.0.1:${kumoPort}`, workload, kumo.pid)];
    if ((workload.peers ?? []).some((peer) => peer === 'dynalite' || peer === 's3rver')) rows.push(await throughput('kumo (in-memory)', `http://127.0.0.1:${memoryPort}`, workload, kumoInMemory.pid));
    if (moto && (workload.peers ?? []).includes('moto')) rows.push(await throughput('moto 5', `http://127.0.0.1:${motoPort}`, workload, moto.pid));
    if (dynalite && (workload.peers ?? []).includes('dynalite')) rows.push(await throughput('dynalite', `http://127.0.0.1:${dynalitePort}`, workload, dynalite.pid));
    if (s3rver && (workload.peers ?? []).includes('s3rver')) rows.push(await throughput('s3rver 3.7', `http://127.0.0.1:${s3rverPort}`, withTodaysDate(workload), s3rver.pid));
    const floor = rows[0].rps;
    const kumoRps = rows[1].rps;
    const kumoCpu = rows[1].cpuUsPerRequest;
    for (const row of rows) {
      row.ratioToFloor = Number((row.rps / floor).toFixed(2));
      row.kumoOverThis = Number((kumoRps / row.rps).toFixed(2));
      row.kumoCpuAdvantage = Number((row.cpuUsPerRequest / kumoCpu).toFixed(2));
      console.log(`  ${row.server}: ${row.rps} req/s, p99 ${row.p99Ms} ms, ${row.ratioToFloor}x floor, ${row.cpuUsPerRequest} CPU µs/req${row.errors ? `, ${row.errors} errors` : ''}`);
    }
    results.throughput.push({ workload: workload.name, rows });
  }
} finally {
  await stop(kumo);
  await stop(kumoInMemory);
  rmSync(kumoDir, { recursive: true, force: true });
  bare.kill();
  moto?.kill();
  dynalite?.kill();
  s3rver?.kill();
  rmSync(s3rverDir, { recursive: true, force: true });
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
const md = [
  `# Benchmark results (${results.date}, ${results.machine.cpus} cores, Node ${results.machine.node})`,
  '',
  `Medians of ${RUNS} runs (start-up: ${RUNS + 2}); ${CONNECTIONS} keep-alive connections for ${SECONDS} s per run.`,
  'Server CPU µs/req is the server process\'s user + system time over the requests it answered: the load',
  'generator shares the 2 cores, so req/s is capped for every server alike, while CPU per request is each',
  'server\'s own cost. "this CPU / Kumo CPU" above 1 means Kumo spends less CPU per request than that server.',
  '',
  '| start-up | spawn to first API call | idle RSS |',
  '| --- | ---: | ---: |',
  ...results.startup.map((s) => `| ${s.label} | ${s.startupMs.toFixed(0)} ms | ${s.idleRssMb.toFixed(1)} MB |`),
  '',
  ...results.throughput.flatMap((t) => [
    `| ${t.workload} | req/s | p99 ms | ratio to floor | Kumo over this | server CPU µs/req | this CPU / Kumo CPU |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...t.rows.map((r) => `| ${r.server} | ${r.rps} | ${r.p99Ms} | ${r.ratioToFloor} | ${r.kumoOverThis} | ${r.cpuUsPerRequest} | ${r.kumoCpuAdvantage} |`),
    '',
  ]),
].join('\n');
writeFileSync(join(root, 'bench/results/latest.md'), md + '\n');
console.log('wrote bench/results/latest.json and latest.md');

// The SQS soak (issue 4): its own child processes, bounded in time; writes bench/results/sqs-soak.json.
if (!process.env.BENCH_SKIP_SOAK) {
  const soak = spawnSync(process.execPath, [join(root, 'bench/sqs-soak.mjs')], { stdio: 'inherit' });
  if (soak.status !== 0) process.exitCode = 1;
}

// S3 large objects, a 10,000-key listing and the 1 GiB flat-memory check (issue 5): its own
// servers, bounded in time; writes bench/results/s3-large.json.
if (!process.env.BENCH_SKIP_S3_LARGE) {
  const large = spawnSync(process.execPath, [join(root, 'bench/s3-large.mjs')], { stdio: 'inherit' });
  if (large.status !== 0) process.exitCode = 1;
}
