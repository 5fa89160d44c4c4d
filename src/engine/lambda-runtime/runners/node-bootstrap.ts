/**
 * The Node.js runtime Kumo ships: an ES module run with `node`, speaking the Runtime API.
 * It loads the handler (CommonJS or ESM) from LAMBDA_TASK_ROOT, calls it with (event,
 * context[, callback]), formats console output as AWS's runtime does (newlines inside one
 * message become \r so one call stays one log event), and falls back to Kumo's own
 * node_modules for bare imports the function does not bundle (the AWS SDK v3).
 * Kept as a string so it ships inside the compiled package; no backticks or dollar-braces.
 */
export const NODE_BOOTSTRAP = String.raw`
import http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { register } from 'node:module';

const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const root = process.env.LAMBDA_TASK_ROOT;
let requestId = undefined;

function call(method, urlPath, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port, path: '/2018-06-01/runtime/' + urlPath, method, agent, headers: headers || {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

// The Runtime API going away means Kumo stopped: never outlive it.
const lost = () => process.exit(0);

function log(level, args) {
  const text = format(...args).replace(/\n/g, '\r');
  process.stdout.write(new Date().toISOString() + '\t' + (requestId || 'undefined') + '\t' + level + '\t' + text + '\n');
}
console.log = (...a) => log('INFO', a);
console.info = (...a) => log('INFO', a);
console.warn = (...a) => log('WARN', a);
console.error = (...a) => log('ERROR', a);
console.debug = (...a) => log('DEBUG', a);
console.trace = (...a) => log('TRACE', a);

function errorBody(error) {
  if (error instanceof Error) {
    return { errorType: error.name || 'Error', errorMessage: error.message, trace: String(error.stack || '').split('\n') };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

async function initError(errorType, error) {
  const body = errorBody(error);
  body.errorType = errorType;
  if (error instanceof Error && errorType !== 'Runtime.HandlerNotFound') body.errorMessage = (error.name || 'Error') + ': ' + error.message;
  log('ERROR', ['Uncaught Exception \t' + JSON.stringify(body)]);
  await call('POST', 'init/error', JSON.stringify(body), { 'lambda-runtime-function-error-type': errorType }).catch(lost);
  process.exit(1);
}

if (process.env.KUMO_NODE_MODULES_PARENT) {
  const hooks = 'let parent; export async function initialize(d) { parent = d.parent; }\n' +
    'export async function resolve(specifier, context, next) {\n' +
    '  try { return await next(specifier, context); } catch (error) {\n' +
    '    if (/^(\\.|\\/|[a-zA-Z][a-zA-Z0-9+.-]*:)/.test(specifier)) throw error;\n' +
    '    return next(specifier, { ...context, parentURL: parent });\n' +
    '  }\n' +
    '}\n';
  register('data:text/javascript,' + encodeURIComponent(hooks), import.meta.url, { data: { parent: process.env.KUMO_NODE_MODULES_PARENT } });
}

async function loadHandler() {
  const spec = process.env._HANDLER || '';
  const dot = spec.lastIndexOf('.');
  const modulePath = dot > 0 ? spec.slice(0, dot) : spec;
  const names = dot > 0 ? spec.slice(dot + 1).split('.') : [];
  const base = path.resolve(root, modulePath);
  const file = ['.js', '.mjs', '.cjs'].map((ext) => base + ext).find((f) => existsSync(f));
  if (!file) {
    const error = new Error("Cannot find module '" + modulePath + "'\nRequire stack:\n- /var/runtime/index.mjs");
    return initError('Runtime.ImportModuleError', error);
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (error) {
    return initError(error instanceof SyntaxError ? 'Runtime.UserCodeSyntaxError' : error && error.code === 'ERR_MODULE_NOT_FOUND' ? 'Runtime.ImportModuleError' : (error && error.name) || 'Error', error);
  }
  let handler = mod;
  for (const name of names) handler = handler == null ? undefined : handler[name];
  if (typeof handler !== 'function' && mod.default) {
    handler = mod.default;
    for (const name of names) handler = handler == null ? undefined : handler[name];
  }
  if (typeof handler !== 'function') {
    return initError('Runtime.HandlerNotFound', new Error(modulePath + '.' + names.join('.') + ' is undefined or not exported'));
  }
  return handler;
}

function run(handler, event, context) {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error, value) => {
      if (done) return;
      done = true;
      if (error !== undefined && error !== null) reject(error);
      else resolve(value);
    };
    context.done = finish;
    context.succeed = (value) => finish(null, value);
    context.fail = (error) => finish(error === undefined ? new Error('handled') : error);
    try {
      const result = handler(event, context, finish);
      if (result && typeof result.then === 'function') result.then((v) => finish(null, v), (e) => finish(e === undefined || e === null ? new Error(String(e)) : e));
      else if (handler.length < 3) finish(null, null);
    } catch (error) {
      finish(error);
    }
  });
}

const handler = await loadHandler();
for (;;) {
  const next = await call('GET', 'invocation/next').catch(lost);
  requestId = next.headers['lambda-runtime-aws-request-id'];
  const deadline = Number(next.headers['lambda-runtime-deadline-ms']);
  const context = {
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: next.headers['lambda-runtime-invoked-function-arn'],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: requestId,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    callbackWaitsForEmptyEventLoop: true,
    clientContext: next.headers['lambda-runtime-client-context'] ? JSON.parse(next.headers['lambda-runtime-client-context']) : undefined,
    identity: undefined,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  const id = encodeURIComponent(requestId);
  try {
    const event = JSON.parse(next.body.toString('utf8') || 'null');
    const result = await run(handler, event, context);
    const body = result === undefined ? 'null' : JSON.stringify(result);
    await call('POST', 'invocation/' + id + '/response', body === undefined ? 'null' : body).catch(lost);
  } catch (error) {
    const body = errorBody(error);
    log('ERROR', ['Invoke Error \t' + JSON.stringify(body)]);
    await call('POST', 'invocation/' + id + '/error', JSON.stringify(body), { 'lambda-runtime-function-error-type': body.errorType }).catch(lost);
  }
}
`;
