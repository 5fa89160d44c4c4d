// SQS soak (issue 4): a persistent Kumo child process on loopback, 4 concurrent consumers and
// 20,000 messages. Phase 1: none lost, none delivered twice while its visibility timeout holds.
// Phase 2: kill -9 in the middle of a run, restart on the same data directory: every message
// whose send was acknowledged is still there or was deleted. Bounded in time (SOAK_MAX_SECONDS).
// Prints the figures and writes bench/results/sqs-soak.json. `npm run bench` runs it after the
// main benchmark; alone: `node bench/sqs-soak.mjs` (SOAK_FROM_SOURCE=1 runs src/ through tsx).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MESSAGES = Number(process.env.SOAK_MESSAGES ?? 20000);
const CONSUMERS = Number(process.env.SOAK_CONSUMERS ?? 4);
const PRODUCERS = Number(process.env.SOAK_PRODUCERS ?? 4);
const MAX_SECONDS = Number(process.env.SOAK_MAX_SECONDS ?? 240);
// Long enough that no message turns visible again during the run: any second delivery is a bug.
const VISIBILITY_TIMEOUT = 300;
const deadline = Date.now() + MAX_SECONDS * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startKumo(port, dataDir) {
  const args = ['start', '--port', String(port), '--log-level', 'silent', '--data-dir', dataDir, '--services', 'sqs'];
  const command = process.env.SOAK_FROM_SOURCE ? ['--import', 'tsx', join(root, 'src/main.ts'), ...args] : [join(root, 'dist/bundle/main.mjs'), ...args];
  return spawn(process.execPath, command, { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
}

async function waitReady(url) {
  const until = Date.now() + 30000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/_kumo/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(`Kumo at ${url} did not start`);
}

function stopped(child) {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
}

const HEADERS = (operation) => ({
  'content-type': 'application/x-amz-json-1.0',
  'x-amz-target': `AmazonSQS.${operation}`,
  authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000',
  'x-amz-date': '20240101T000000Z',
});

async function sqs(url, operation, input) {
  const response = await fetch(url, { method: 'POST', headers: HEADERS(operation), body: JSON.stringify(input) });
  const body = await response.json();
  if (!response.ok) throw new Error(`${operation}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Sends ids [from, to) in batches of 10 from PRODUCERS loops; `acked` gets every id whose batch entry succeeded. */
async function produce(url, queueUrl, from, to, acked, onAck = () => {}) {
  let next = from;
  const loop = async () => {
    while (next < to && Date.now() < deadline) {
      const ids = [];
      for (let i = 0; i < 10 && next < to; i++) ids.push(next++);
      let result;
      try {
        result = await sqs(url, 'SendMessageBatch', { QueueUrl: queueUrl, Entries: ids.map((id) => ({ Id: `e${id}`, MessageBody: `m-${id}` })) });
      } catch {
        return; // the server went away (phase 2): these sends were never acknowledged
      }
      for (const entry of result.Successful ?? []) acked.add(Number(entry.Id.slice(1)));
      onAck();
    }
  };
  await Promise.all(Array.from({ length: PRODUCERS }, loop));
}

/**
 * CONSUMERS loops: receive up to 10, record, delete them in a batch. Stops when `done()` says
 * so or the server goes away. Counts a second delivery of an id as a duplicate.
 */
async function consume(url, queueUrl, state, done) {
  const loop = async () => {
    while (!done() && Date.now() < deadline) {
      let messages;
      try {
        messages = (await sqs(url, 'ReceiveMessage', { QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 })).Messages ?? [];
      } catch {
        return;
      }
      if (messages.length === 0) continue;
      const entries = [];
      for (const m of messages) {
        const id = Number(m.Body.slice(2));
        if (state.received.has(id)) state.duplicates++;
        state.received.add(id);
        entries.push({ Id: `d${id}`, ReceiptHandle: m.ReceiptHandle });
      }
      try {
        const result = await sqs(url, 'DeleteMessageBatch', { QueueUrl: queueUrl, Entries: entries });
        for (const entry of result.Successful ?? []) state.deleted.add(Number(entry.Id.slice(1)));
        state.deleteFailures += (result.Failed ?? []).length;
      } catch {
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: CONSUMERS }, loop));
}

async function createQueue(url, name) {
  return (await sqs(url, 'CreateQueue', { QueueName: name, Attributes: { VisibilityTimeout: String(VISIBILITY_TIMEOUT) } })).QueueUrl;
}

async function phaseOne() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kumo-soak-'));
  const url = `http://127.0.0.1:${port}`;
  const kumo = startKumo(port, dir);
  try {
    await waitReady(url);
    const queueUrl = await createQueue(url, 'soak');
    const acked = new Set();
    const state = { received: new Set(), deleted: new Set(), duplicates: 0, deleteFailures: 0 };
    const started = performance.now();
    let producing = true;
    const producer = produce(url, queueUrl, 0, MESSAGES, acked).finally(() => (producing = false));
    await Promise.all([producer, consume(url, queueUrl, state, () => !producing && state.received.size >= acked.size)]);
    const seconds = (performance.now() - started) / 1000;
    const lost = [...acked].filter((id) => !state.received.has(id)).length;
    const left = Number((await sqs(url, 'GetQueueAttributes', { QueueUrl: queueUrl, AttributeNames: ['All'] })).Attributes.ApproximateNumberOfMessages);
    return {
      messages: MESSAGES, consumers: CONSUMERS, producers: PRODUCERS, visibilityTimeoutSeconds: VISIBILITY_TIMEOUT,
      acknowledgedSends: acked.size, receivedUnique: state.received.size, deleted: state.deleted.size,
      lost, duplicates: state.duplicates, deleteFailures: state.deleteFailures, leftInQueue: left,
      seconds: Number(seconds.toFixed(2)), messagesPerSecond: Math.round(state.received.size / seconds),
      timedOut: Date.now() >= deadline,
      pass: lost === 0 && state.duplicates === 0 && acked.size === MESSAGES && state.deleteFailures === 0,
    };
  } finally {
    kumo.kill('SIGTERM');
    await stopped(kumo);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function phaseTwo() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kumo-soak-crash-'));
  const url = `http://127.0.0.1:${port}`;
  let kumo = startKumo(port, dir);
  try {
    await waitReady(url);
    const queueUrl = await createQueue(url, 'soak-crash');
    const acked = new Set();
    const state = { received: new Set(), deleted: new Set(), duplicates: 0, deleteFailures: 0 };
    let killed = false;
    const killAt = Math.floor(MESSAGES / 2);
    const crashed = stopped(kumo);
    const onAck = () => {
      if (!killed && acked.size >= killAt) {
        killed = true;
        kumo.kill('SIGKILL'); // mid-run: sends, receives and deletes are in flight
      }
    };
    const run = Promise.all([produce(url, queueUrl, 0, MESSAGES, acked, onAck), consume(url, queueUrl, state, () => killed)]);
    await crashed;
    await run;
    const before = { acknowledgedSends: acked.size, acknowledgedDeletes: state.deleted.size, received: state.received.size };

    kumo = startKumo(port, dir);
    await waitReady(url);
    // In-flight messages come back once their visibility timeout ends: move Kumo's clock past it.
    await fetch(`${url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: VISIBILITY_TIMEOUT + 1 }) });
    const remaining = new Set();
    let duplicateRemaining = 0;
    for (let empty = 0; empty < 2 && Date.now() < deadline;) {
      const messages = (await sqs(url, 'ReceiveMessage', { QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: VISIBILITY_TIMEOUT })).Messages ?? [];
      if (messages.length === 0) {
        empty++;
        continue;
      }
      empty = 0;
      for (const m of messages) {
        const id = Number(m.Body.slice(2));
        if (remaining.has(id)) duplicateRemaining++;
        remaining.add(id);
      }
    }
    const missing = [...acked].filter((id) => !remaining.has(id) && !state.deleted.has(id));
    const deletedButBack = [...state.deleted].filter((id) => remaining.has(id));
    const unackedButKept = [...remaining].filter((id) => !acked.has(id)).length;
    return {
      killedAfterAcknowledgedSends: killAt, ...before,
      remainingAfterRestart: remaining.size, missingAcknowledged: missing.length, deletedButReturned: deletedButBack.length,
      unacknowledgedSendsKept: unackedButKept, duplicatesInDrain: duplicateRemaining,
      pass: missing.length === 0 && deletedButBack.length === 0 && duplicateRemaining === 0,
    };
  } finally {
    kumo.kill('SIGTERM');
    await stopped(kumo);
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = { date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, loopback: true };
console.log(`sqs soak: ${MESSAGES} messages, ${PRODUCERS} producers, ${CONSUMERS} consumers, persistent Kumo child process`);
results.steady = await phaseOne();
console.log(`  steady: ${results.steady.receivedUnique}/${results.steady.acknowledgedSends} received in ${results.steady.seconds} s (${results.steady.messagesPerSecond} msg/s), lost ${results.steady.lost}, duplicates ${results.steady.duplicates} -> ${results.steady.pass ? 'PASS' : 'FAIL'}`);
results.crash = await phaseTwo();
console.log(`  kill -9 after ${results.crash.acknowledgedSends} acknowledged sends and ${results.crash.acknowledgedDeletes} acknowledged deletes; after restart ${results.crash.remainingAfterRestart} remain, ${results.crash.missingAcknowledged} acknowledged missing, ${results.crash.deletedButReturned} deleted but returned -> ${results.crash.pass ? 'PASS' : 'FAIL'}`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/sqs-soak.json'), JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench/results/sqs-soak.json');
if (!results.steady.pass || !results.crash.pass) process.exitCode = 1;
