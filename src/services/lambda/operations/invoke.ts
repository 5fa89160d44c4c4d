import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, invalidRequestContent, requestTooLarge, validation } from '../errors.js';
import { functionArn, parseFunctionName } from '../model.js';
import { enqueueEvent } from '../model/async-invocations.js';
import { resolveFunction, versionOf } from '../model/lookup.js';
import { awaitPreparation } from '../model/prepare.js';
import { runInvocation } from '../model/run-invocation.js';
import { lambdaRuntime } from '../runtime-state.js';

export interface InvokeInput {
  FunctionName: string;
  InvocationType?: string;
  LogType?: string;
  ClientContext?: string;
  Payload?: Uint8Array;
  Qualifier?: string;
}

export interface InvokeOutput {
  StatusCode: number;
  FunctionError?: string;
  LogResult?: string;
  Payload?: Uint8Array;
  ExecutedVersion?: string;
}

const SYNC_LIMIT = 6_291_456;
const ASYNC_LIMIT = 262_144;
const TAIL_BYTES = 4096;

export async function invoke(input: InvokeInput, ctx: OperationContext): Promise<InvokeOutput> {
  const type = input.InvocationType ?? 'RequestResponse';
  if (!['RequestResponse', 'Event', 'DryRun'].includes(type)) {
    throw validation(type, 'invocationType', 'Member must satisfy enum value set: [Event, RequestResponse, DryRun]');
  }
  if (input.LogType !== undefined && input.LogType !== 'None' && input.LogType !== 'Tail') {
    throw validation(input.LogType, 'logType', 'Member must satisfy enum value set: [None, Tail]');
  }
  const payload = input.Payload && input.Payload.length > 0 ? Buffer.from(input.Payload) : Buffer.from('{}');
  const limit = type === 'Event' ? ASYNC_LIMIT : SYNC_LIMIT;
  if (payload.length > limit) throw requestTooLarge(`Request must be smaller than ${limit} bytes for the InvokeFunction operation`);
  try {
    JSON.parse(payload.toString('utf8'));
  } catch (error) {
    throw invalidRequestContent(`Could not parse request body into json: Could not parse payload into json: ${(error as Error).message}`);
  }
  const clientContext = input.ClientContext === undefined ? undefined : decodeClientContext(input.ClientContext);

  const ref = parseFunctionName(input.FunctionName, input.Qualifier, ctx);
  await awaitPreparation(ctx, ref.name);
  const resolved = resolveFunction(ctx, input.FunctionName, input.Qualifier);
  let { version, config } = resolved;
  // Weighted aliases send a share of invocations to a second version.
  const weights = resolved.alias?.weights;
  if (weights) {
    let roll = Math.random();
    for (const [other, weight] of Object.entries(weights)) {
      if ((roll -= weight) < 0) {
        ({ version, config } = versionOf(ctx, resolved.record, other));
        break;
      }
    }
  }
  if (config.state === 'Failed') throw invalidParameterValue(`The function could not be prepared: ${config.stateReason ?? 'unknown reason'}`);
  const invokedArn = functionArn(ctx, resolved.record.name, ref.qualifier);
  if (type === 'DryRun') return { StatusCode: 204 };

  const runtime = lambdaRuntime(ctx.store);
  const scope = { accountId: ctx.accountId, region: ctx.region, endpoint: ctx.endpoint };
  const target = { record: resolved.record, version, config, invokedArn };
  if (type === 'Event') {
    enqueueEvent(runtime, scope, target, payload);
    return { StatusCode: 202, Payload: new Uint8Array(0) };
  }
  const reply = await runInvocation(runtime, scope, target, payload, clientContext);
  const out: InvokeOutput = { StatusCode: 200, Payload: reply.payload, ExecutedVersion: version };
  if (reply.functionError) out.FunctionError = reply.functionError;
  if (input.LogType === 'Tail') {
    const bytes = Buffer.from(reply.log, 'utf8');
    out.LogResult = bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)).toString('base64');
  }
  return out;
}

/** X-Amz-Client-Context is base64 JSON; the runtime gets the JSON. */
function decodeClientContext(value: string): string {
  const text = Buffer.from(value, 'base64').toString('utf8');
  try {
    JSON.parse(text);
  } catch {
    throw invalidRequestContent('Client context must be a valid Base64-encoded JSON object.');
  }
  return text;
}
