// A small HTTP load generator, run as its own process so it does not share the server's
// event loop: N keep-alive connections send the same request for a fixed time.
// usage: node bench/load.mjs <url> <seconds> <connections> <method> <headers-json> <body>
import http from 'node:http';

const [url, seconds, connections, method, headersJson, body] = process.argv.slice(2);
const target = new URL(url);
const headers = JSON.parse(headersJson);
const payload = Buffer.from(body ?? '');
if (payload.length) headers['content-length'] = String(payload.length);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
const deadline = performance.now() + Number(seconds) * 1000;
const latencies = [];
let errors = 0;

function one() {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers, agent },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode >= 400) errors++;
          latencies.push(performance.now() - started);
          resolve();
        });
      },
    );
    req.on('error', () => {
      errors++;
      resolve();
    });
    req.end(payload);
  });
}

async function worker() {
  while (performance.now() < deadline) await one();
}

const started = performance.now();
await Promise.all(Array.from({ length: Number(connections) }, worker));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
agent.destroy();
process.stdout.write(
  JSON.stringify({ requests: latencies.length, errors, rps: latencies.length / elapsed, p50: pick(0.5), p99: pick(0.99) }) + '\n',
);
