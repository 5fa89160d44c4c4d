import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, preconditionFailed } from '../errors.js';
import { functionArn, parseFunctionName } from '../model.js';
import { stageFunctionCode, type FunctionCodeInput } from '../model/code-upload.js';
import { configurationOutput } from '../model/configuration.js';
import { ensureNotUpdating, loadFunction, referencedBlobs } from '../model/lookup.js';
import { awaitPreparation, schedulePreparation } from '../model/prepare.js';
import { lambdaRuntime } from '../runtime-state.js';
import { functionsTable } from '../store.js';
import { publishVersionOf } from './publish-version.js';

export interface UpdateFunctionCodeInput extends FunctionCodeInput {
  FunctionName: string;
  Publish?: boolean;
  DryRun?: boolean;
  RevisionId?: string;
  Architectures?: string[];
}

/** New code for $LATEST: the update is InProgress until the code is unpacked, then Successful. */
export async function updateFunctionCode(input: UpdateFunctionCodeInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const name = parseFunctionName(input.FunctionName, undefined, ctx).name;
  await awaitPreparation(ctx, name);
  const record = loadFunction(ctx, name);
  if (input.RevisionId !== undefined && input.RevisionId !== record.latest.revisionId) throw preconditionFailed();
  ensureNotUpdating(ctx, record);
  if (input.ImageUri !== undefined) throw invalidParameterValue('Please provide a ZipFile, or an S3Bucket and S3Key: this function\'s package type is Zip.');
  const staged = await stageFunctionCode(ctx, input);
  if (input.DryRun) {
    staged.discard();
    return configurationOutput(ctx, name, '$LATEST', { ...record.latest, code: { blobId: '', sha256: staged.sha256.toString('base64'), size: staged.size } });
  }
  const previous = referencedBlobs(ctx, record);
  const latest = {
    ...record.latest,
    architectures: input.Architectures ?? record.latest.architectures,
    code: { blobId: staged.id, sha256: staged.sha256.toString('base64'), size: staged.size },
    lastModified: ctx.clock.now(),
    revisionId: randomUUID(),
    lastUpdateStatus: 'InProgress' as const,
    lastUpdateStatusReason: 'The function is being created.',
    lastUpdateStatusReasonCode: 'Creating',
  };
  let version = '$LATEST';
  ctx.store.transaction(() => {
    staged.commit();
    const updated = { ...record, latest };
    ctx.table(functionsTable).put(name, updated);
    if (input.Publish) version = publishVersionOf(ctx, updated, undefined).version;
  });
  const now = ctx.table(functionsTable).get(name)!;
  const kept = referencedBlobs(ctx, now);
  for (const blob of previous) if (!kept.has(blob)) ctx.store.blobs.remove(blob);
  lambdaRuntime(ctx.store).engine.retire(`${functionArn(ctx, name)}#$LATEST#`);
  schedulePreparation(ctx, name);
  return configurationOutput(ctx, name, version, latest);
}
