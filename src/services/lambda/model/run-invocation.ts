import { randomUUID } from 'node:crypto';
import type { InvocationResult } from '../../../engine/lambda-runtime/index.js';
import { LambdaEngine } from '../../../engine/lambda-runtime/index.js';
import { invalidParameterValue, invalidRuntime, tooManyRequests } from '../errors.js';
import { layerEnvironment, layersDirectory, loadLayers } from './layers.js';
import { functionArn, type FunctionConfig, type FunctionRecord } from '../model.js';
import { codeDirectory, type LambdaRuntime } from '../runtime-state.js';
import { logGroupOf } from './configuration.js';
import { writeInvocationLog } from './write-logs.js';

export interface InvocationScope {
  accountId: string;
  region: string;
  /** Kumo's URL for the function's own SDK calls. */
  endpoint: string;
}

export interface InvocationTarget {
  record: FunctionRecord;
  version: string;
  config: FunctionConfig;
  /** The ARN the caller invoked (qualified by alias or version when it was). */
  invokedArn: string;
}

export interface InvocationReply {
  requestId: string;
  payload: Buffer;
  functionError?: 'Unhandled';
  /** The whole log of the invocation, START to REPORT. */
  log: string;
  result: InvocationResult;
}

/** Lambda's account-wide default concurrency. */
const ACCOUNT_CONCURRENCY = 1000;

/**
 * Runs one invocation in a warm or new environment, turns what ended it into Lambda's
 * payload and error header, and writes the START/END/REPORT log to CloudWatch Logs.
 */
export async function runInvocation(runtime: LambdaRuntime, scope: InvocationScope, target: InvocationTarget, payload: Buffer, clientContext?: string): Promise<InvocationReply> {
  const { record, version, config } = target;
  if (!config.runtime || !LambdaEngine.canRun(config.runtime)) {
    throw invalidRuntime(`Kumo cannot run the ${config.runtime ?? 'container image'} runtime; it runs nodejs18.x-22.x, python3.9-3.13 and provided.al2/al2023 functions.`);
  }
  const baseArn = functionArn(scope, record.name);
  const running = runtime.engine.running(baseArn);
  if (record.reservedConcurrency !== undefined && running >= record.reservedConcurrency) throw tooManyRequests('ReservedFunctionConcurrentInvocationLimitExceeded');
  if (running >= ACCOUNT_CONCURRENCY) throw tooManyRequests('ConcurrentInvocationLimitExceeded');

  const codeDir = await codeDirectory(runtime, config.code);
  let layerEnv: Record<string, string> = {};
  if (config.layers.length) {
    const layers = loadLayers(runtime, config.layers);
    if (!layers) throw invalidParameterValue(`A layer this function uses no longer exists: ${config.layers.join(', ')}`);
    layerEnv = layerEnvironment(await layersDirectory(runtime, layers), config.runtime);
  }
  const requestId = randomUUID();
  const logGroup = logGroupOf(record.name, config);
  const result = await runtime.engine.invoke(
    {
      poolKey: `${baseArn}#${version}#${config.revisionId}`,
      concurrencyKey: baseArn,
      functionName: record.name,
      version,
      runtime: config.runtime,
      handler: config.handler ?? '',
      codeDir,
      memoryMb: config.memorySize,
      timeoutSec: config.timeout,
      logGroup,
      environment: {
        ...layerEnv,
        ...(config.environment ?? {}),
        AWS_LAMBDA_FUNCTION_NAME: record.name,
        AWS_LAMBDA_FUNCTION_VERSION: version,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memorySize),
        AWS_LAMBDA_LOG_GROUP_NAME: logGroup,
        AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
        AWS_REGION: scope.region,
        AWS_DEFAULT_REGION: scope.region,
        AWS_EXECUTION_ENV: `AWS_Lambda_${config.runtime}`,
        _HANDLER: config.handler ?? '',
        LAMBDA_TASK_ROOT: codeDir,
        LAMBDA_RUNTIME_DIR: runtime.engine.workDir,
        // The function's own SDK calls come back to Kumo, in the function's account.
        AWS_ENDPOINT_URL: scope.endpoint,
        AWS_ACCESS_KEY_ID: scope.accountId,
        AWS_SECRET_ACCESS_KEY: 'kumo',
        AWS_SESSION_TOKEN: 'kumo',
      },
    },
    { requestId, payload, invokedFunctionArn: target.invokedArn, clientContext },
  );
  const ended = outcomePayload(result, requestId, config.timeout);
  const log = invocationLog(requestId, version, config.memorySize, result, ended.logLine);
  await writeInvocationLog(runtime, scope, logGroup, result.logStreamName, log);
  return { requestId, payload: ended.payload, functionError: result.kind === 'response' ? undefined : 'Unhandled', log, result };
}

function outcomePayload(result: InvocationResult, requestId: string, timeout: number): { payload: Buffer; logLine?: string } {
  const error = (errorType: string, errorMessage: string) => Buffer.from(JSON.stringify({ errorType, errorMessage }));
  switch (result.kind) {
    case 'response':
    case 'error':
    case 'init-error':
      return { payload: result.payload };
    case 'timeout': {
      const message = `Task timed out after ${timeout.toFixed(2)} seconds`;
      return { payload: error(result.errorType ?? 'Sandbox.Timedout', `RequestId: ${requestId} Error: ${message}`), logLine: `${new Date().toISOString()} ${requestId} ${message}` };
    }
    case 'exit': {
      const message = result.payload.toString('utf8') || 'Runtime exited without providing a reason';
      return { payload: error('Runtime.ExitError', `RequestId: ${requestId} Error: ${message}`), logLine: `RequestId: ${requestId} Error: ${message}\nRuntime.ExitError` };
    }
    case 'too-large':
      return { payload: error('Function.ResponseSizeTooLarge', 'Response payload size exceeded maximum allowed payload size (6291556 bytes).') };
  }
}

function invocationLog(requestId: string, version: string, memory: number, result: InvocationResult, extra?: string): string {
  const duration = result.durationMs;
  const report = [
    `REPORT RequestId: ${requestId}`,
    `Duration: ${duration.toFixed(2)} ms`,
    `Billed Duration: ${Math.max(1, Math.ceil(duration + (result.initDurationMs ?? 0)))} ms`,
    `Memory Size: ${memory} MB`,
    `Max Memory Used: ${result.maxMemoryMb ?? 0} MB`,
    ...(result.initDurationMs !== undefined ? [`Init Duration: ${result.initDurationMs.toFixed(2)} ms`] : []),
  ].join('\t');
  const output = result.output === '' || result.output.endsWith('\n') ? result.output : `${result.output}\n`;
  return `START RequestId: ${requestId} Version: ${version}\n${output}${extra ? `${extra}\n` : ''}END RequestId: ${requestId}\n${report}\t\n`;
}
