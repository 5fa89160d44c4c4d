import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, preconditionFailed } from '../errors.js';
import { functionArn, parseFunctionName, type FunctionConfig } from '../model.js';
import { configurationOutput } from '../model/configuration.js';
import { ensureNotUpdating, loadFunction } from '../model/lookup.js';
import { awaitPreparation, schedulePreparation } from '../model/prepare.js';
import { validateConfig, type ConfigInput } from '../model/validate-config.js';
import { lambdaRuntime } from '../runtime-state.js';
import { functionsTable } from '../store.js';

export interface UpdateFunctionConfigurationInput extends ConfigInput {
  FunctionName: string;
  RevisionId?: string;
  Layers?: string[];
  DeadLetterConfig?: { TargetArn?: string };
  TracingConfig?: { Mode?: string };
  LoggingConfig?: { LogFormat?: string; LogGroup?: string };
  VpcConfig?: { SubnetIds?: string[]; SecurityGroupIds?: string[] };
  KMSKeyArn?: string;
  ImageConfig?: unknown;
}

/** Changes $LATEST's settings; running environments of the old settings are retired. */
export async function updateFunctionConfiguration(input: UpdateFunctionConfigurationInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const name = parseFunctionName(input.FunctionName, undefined, ctx).name;
  await awaitPreparation(ctx, name);
  const record = loadFunction(ctx, name);
  if (input.RevisionId !== undefined && input.RevisionId !== record.latest.revisionId) throw preconditionFailed();
  ensureNotUpdating(ctx, record);
  validateConfig(input);
  if (input.ImageConfig !== undefined) throw invalidParameterValue('ImageConfig applies to container image functions only.');
  const old = record.latest;
  const latest: FunctionConfig = {
    ...old,
    role: input.Role ?? old.role,
    runtime: input.Runtime ?? old.runtime,
    handler: input.Handler ?? old.handler,
    description: input.Description ?? old.description,
    timeout: input.Timeout ?? old.timeout,
    memorySize: input.MemorySize ?? old.memorySize,
    // An empty Variables map (or none) clears the environment, as on AWS.
    environment: input.Environment ? (Object.keys(input.Environment.Variables ?? {}).length ? { ...input.Environment.Variables } : undefined) : old.environment,
    ephemeralStorage: input.EphemeralStorage?.Size ?? old.ephemeralStorage,
    layers: input.Layers ?? old.layers,
    deadLetterTarget: input.DeadLetterConfig ? input.DeadLetterConfig.TargetArn || undefined : old.deadLetterTarget,
    tracingMode: input.TracingConfig?.Mode ?? old.tracingMode,
    logFormat: input.LoggingConfig?.LogFormat ?? old.logFormat,
    logGroup: input.LoggingConfig ? input.LoggingConfig.LogGroup : old.logGroup,
    vpc: input.VpcConfig ? { SubnetIds: input.VpcConfig.SubnetIds ?? [], SecurityGroupIds: input.VpcConfig.SecurityGroupIds ?? [] } : old.vpc,
    kmsKeyArn: input.KMSKeyArn ?? old.kmsKeyArn,
    lastModified: ctx.clock.now(),
    revisionId: randomUUID(),
    lastUpdateStatus: 'InProgress',
    lastUpdateStatusReason: 'The function is being created.',
    lastUpdateStatusReasonCode: 'Creating',
  };
  ctx.table(functionsTable).put(name, { ...record, latest });
  lambdaRuntime(ctx.store).engine.retire(`${functionArn(ctx, name)}#$LATEST#`);
  schedulePreparation(ctx, name);
  return configurationOutput(ctx, name, '$LATEST', latest);
}
