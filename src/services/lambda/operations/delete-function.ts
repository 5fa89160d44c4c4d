import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, resourceConflict } from '../errors.js';
import { functionArn, isVersionNumber, parseFunctionName, versionKey } from '../model.js';
import { loadFunction, referencedBlobs, versionOf } from '../model/lookup.js';
import { lambdaRuntime } from '../runtime-state.js';
import { aliasesTable, functionsTable, versionsTable } from '../store.js';

/** Deletes a function with its versions and aliases, or one published version. */
export function deleteFunction(input: { FunctionName: string; Qualifier?: string }, ctx: OperationContext): Record<string, never> {
  const ref = parseFunctionName(input.FunctionName, input.Qualifier, ctx);
  const record = loadFunction(ctx, ref.name);
  const engine = lambdaRuntime(ctx.store).engine;
  const before = referencedBlobs(ctx, record);
  if (ref.qualifier !== undefined) {
    if (ref.qualifier === '$LATEST') throw invalidParameterValue('$LATEST version cannot be deleted without deleting the function.');
    if (!isVersionNumber(ref.qualifier)) throw invalidParameterValue('Deletion of aliases is not supported.');
    versionOf(ctx, record, ref.qualifier);
    const usedBy = ctx.table(aliasesTable).list({ prefix: `${record.name}:` }).find((a) =>
      a.value.functionVersion === ref.qualifier || Object.keys(a.value.weights ?? {}).includes(ref.qualifier!));
    if (usedBy) {
      throw resourceConflict(`Unable to delete version because the following aliases reference it: [${functionArn(ctx, record.name, usedBy.value.name)}]`);
    }
    ctx.table(versionsTable).delete(versionKey(record.name, ref.qualifier));
    engine.retire(`${functionArn(ctx, record.name)}#${ref.qualifier}#`);
  } else {
    ctx.store.transaction(() => {
      ctx.table(versionsTable).deleteRange({ prefix: `${record.name}:` });
      ctx.table(aliasesTable).deleteRange({ prefix: `${record.name}:` });
      ctx.table(functionsTable).delete(record.name);
    });
    engine.retire(`${functionArn(ctx, record.name)}#`);
  }
  const still = ctx.table(functionsTable).get(record.name);
  const after = still ? referencedBlobs(ctx, still) : new Set<string>();
  for (const blob of before) if (!after.has(blob)) ctx.store.blobs.remove(blob);
  return {};
}
