import type { OperationContext } from '../../define-service.js';
import { layersTable } from '../store.js';
import { LAYER_VERSION_ARN, layerKey } from './layers.js';
import { functionArn, lastModifiedText, type FunctionConfig } from '../model.js';

/** The FunctionConfiguration shape every function operation returns. */
export function configurationOutput(ctx: OperationContext, name: string, version: string, config: FunctionConfig): Record<string, unknown> {
  const arn = functionArn(ctx, name, version === '$LATEST' ? undefined : version);
  const out: Record<string, unknown> = {
    FunctionName: name,
    FunctionArn: arn,
    Runtime: config.runtime,
    Role: config.role,
    Handler: config.handler,
    CodeSize: config.code.size,
    Description: config.description,
    Timeout: config.timeout,
    MemorySize: config.memorySize,
    LastModified: lastModifiedText(config.lastModified),
    CodeSha256: config.code.sha256,
    Version: version,
    TracingConfig: { Mode: config.tracingMode },
    RevisionId: config.revisionId,
    State: config.state,
    LastUpdateStatus: config.lastUpdateStatus,
    PackageType: config.packageType,
    Architectures: config.architectures,
    EphemeralStorage: { Size: config.ephemeralStorage },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: config.logFormat, LogGroup: logGroupOf(name, config) },
  };
  if (config.runtime) out.RuntimeVersionConfig = { RuntimeVersionArn: `arn:aws:lambda:${ctx.region}::runtime:${runtimeVersionId(config.runtime)}` };
  if (config.environment) out.Environment = { Variables: { ...config.environment } };
  if (config.layers.length) out.Layers = config.layers.map((Arn) => ({ Arn, CodeSize: layerCodeSize(ctx, Arn) }));
  if (config.deadLetterTarget) out.DeadLetterConfig = { TargetArn: config.deadLetterTarget };
  if (config.kmsKeyArn) out.KMSKeyArn = config.kmsKeyArn;
  if (config.vpc) out.VpcConfig = { ...config.vpc, VpcId: config.vpc.SubnetIds.length ? 'vpc-00000000' : '' };
  for (const [field, value] of [
    ['StateReason', config.stateReason],
    ['StateReasonCode', config.stateReasonCode],
    ['LastUpdateStatusReason', config.lastUpdateStatusReason],
    ['LastUpdateStatusReasonCode', config.lastUpdateStatusReasonCode],
  ] as const) {
    if (value !== undefined) out[field] = value;
  }
  return out;
}

export function logGroupOf(name: string, config: FunctionConfig): string {
  return config.logGroup ?? `/aws/lambda/${name}`;
}

/** A stable, AWS-shaped runtime version id (a 64-hex digest) per runtime. */
function runtimeVersionId(runtime: string): string {
  let hash = 0n;
  for (const c of runtime) hash = (hash * 131n + BigInt(c.charCodeAt(0))) % (1n << 256n);
  return hash.toString(16).padStart(64, '0').slice(-64);
}

/** A layer version's zip size, when it is this account's and region's (others' are not visible here). */
function layerCodeSize(ctx: OperationContext, arn: string): number {
  const m = LAYER_VERSION_ARN.exec(arn);
  if (!m || m[1] !== ctx.region || m[2] !== ctx.accountId) return 0;
  return ctx.table(layersTable).get(layerKey(m[3]!, Number(m[4])))?.code.size ?? 0;
}
