import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, resourceConflict, validation } from '../errors.js';
import { functionArn, type FunctionConfig, type FunctionRecord } from '../model.js';
import { stageFunctionCode, type FunctionCodeInput } from '../model/code-upload.js';
import { configurationOutput } from '../model/configuration.js';
import { schedulePreparation } from '../model/prepare.js';
import { validateConfig, type ConfigInput } from '../model/validate-config.js';
import { functionsTable } from '../store.js';
import { publishVersionOf } from './publish-version.js';

export interface CreateFunctionInput extends ConfigInput {
  FunctionName: string;
  Role: string;
  Code: FunctionCodeInput;
  Publish?: boolean;
  PackageType?: string;
  Tags?: Record<string, string>;
  Layers?: string[];
  Architectures?: string[];
  DeadLetterConfig?: { TargetArn?: string };
  TracingConfig?: { Mode?: string };
  LoggingConfig?: { LogFormat?: string; LogGroup?: string };
  VpcConfig?: { SubnetIds?: string[]; SecurityGroupIds?: string[] };
  KMSKeyArn?: string;
}

export async function createFunction(input: CreateFunctionInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const name = input.FunctionName;
  if (!/^[a-zA-Z0-9-_]{1,64}$/.test(name)) throw validation(name, 'functionName', 'Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+ and have length less than or equal to 64');
  validateConfig(input);
  const packageType = input.PackageType ?? 'Zip';
  if (packageType === 'Image') throw imageUnsupported();
  if (packageType !== 'Zip') throw validation(packageType, 'packageType', 'Member must satisfy enum value set: [Zip, Image]');
  if (input.Runtime === undefined) throw invalidParameterValue('Runtime is required when the package type is Zip.');
  if (input.Handler === undefined) throw invalidParameterValue('Handler is required when the package type is Zip.');
  const architectures = input.Architectures ?? ['x86_64'];
  if (architectures.length !== 1 || !['x86_64', 'arm64'].includes(architectures[0]!)) {
    throw validation(JSON.stringify(architectures), 'architectures', 'Member must have length less than or equal to 1 and satisfy enum value set: [x86_64, arm64]');
  }
  const table = ctx.table(functionsTable);
  if (table.has(name)) throw resourceConflict(`Function already exist: ${name}`);

  const staged = await stageFunctionCode(ctx, input.Code);
  const now = ctx.clock.now();
  const config: FunctionConfig = {
    runtime: input.Runtime,
    role: input.Role,
    handler: input.Handler,
    description: input.Description ?? '',
    timeout: input.Timeout ?? 3,
    memorySize: input.MemorySize ?? 128,
    environment: input.Environment?.Variables ? { ...input.Environment.Variables } : undefined,
    packageType,
    architectures,
    ephemeralStorage: input.EphemeralStorage?.Size ?? 512,
    layers: input.Layers ?? [],
    deadLetterTarget: input.DeadLetterConfig?.TargetArn,
    tracingMode: input.TracingConfig?.Mode ?? 'PassThrough',
    logFormat: input.LoggingConfig?.LogFormat ?? 'Text',
    logGroup: input.LoggingConfig?.LogGroup,
    vpc: input.VpcConfig ? { SubnetIds: input.VpcConfig.SubnetIds ?? [], SecurityGroupIds: input.VpcConfig.SecurityGroupIds ?? [] } : undefined,
    kmsKeyArn: input.KMSKeyArn,
    code: { blobId: staged.id, sha256: staged.sha256.toString('base64'), size: staged.size },
    lastModified: now,
    revisionId: randomUUID(),
    state: 'Pending',
    stateReason: 'The function is being created.',
    stateReasonCode: 'Creating',
    lastUpdateStatus: 'Successful',
  };
  const record: FunctionRecord = { name, latest: config, tags: { ...(input.Tags ?? {}) }, policies: {}, lastVersion: 0 };
  let version = '$LATEST';
  try {
    ctx.store.transaction(() => {
      if (table.has(name)) throw resourceConflict(`Function already exist: ${name}`);
      staged.commit();
      table.put(name, record);
      if (input.Publish) version = publishVersionOf(ctx, record, undefined).version;
    });
  } catch (error) {
    staged.discard();
    throw error;
  }
  schedulePreparation(ctx, name);
  const out = configurationOutput(ctx, name, version, config);
  if (version !== '$LATEST') out.FunctionArn = functionArn(ctx, name, version);
  return out;
}

/** Container images need a Docker engine and an image store Kumo does not have yet. */
function imageUnsupported() {
  const docker = existsSync('/var/run/docker.sock') || process.env.DOCKER_HOST !== undefined;
  return invalidParameterValue(
    docker
      ? 'Kumo does not run container image functions yet (PackageType Image); deploy the function as a .zip archive.'
      : 'Kumo cannot create a container image function (PackageType Image): no Docker engine is reachable (no /var/run/docker.sock and no DOCKER_HOST). Start Docker, or deploy the function as a .zip archive.',
  );
}
