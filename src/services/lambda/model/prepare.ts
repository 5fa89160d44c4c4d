import type { OperationContext } from '../../define-service.js';
import { functionsTable } from '../store.js';
import { codeDirectory, lambdaRuntime } from '../runtime-state.js';

function key(ctx: OperationContext, name: string): string {
  return `${ctx.accountId}/${ctx.region}/${name}`;
}

/**
 * After a create or code update, unpacks the code in the background and then moves the
 * function from Pending to Active (or its update from InProgress to Successful), as AWS
 * reports the change when the function is ready.
 */
export function schedulePreparation(ctx: OperationContext, name: string): void {
  const runtime = lambdaRuntime(ctx.store);
  const scope = { accountId: ctx.accountId, region: ctx.region };
  const table = () => runtime.store.table(functionsTable, scope);
  const job = (async () => {
    const record = table().get(name);
    if (!record) return;
    let failure: string | undefined;
    if (record.latest.packageType === 'Zip') {
      try {
        await codeDirectory(runtime, record.latest.code);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    }
    const current = table().get(name);
    if (!current || current.latest.code.blobId !== record.latest.code.blobId) return;
    const latest = { ...current.latest };
    if (latest.state === 'Pending') {
      latest.state = failure ? 'Failed' : 'Active';
      delete latest.stateReason;
      delete latest.stateReasonCode;
      if (failure) [latest.stateReason, latest.stateReasonCode] = [`Kumo could not unpack the code: ${failure}`, 'InvalidZipFileException'];
    }
    if (latest.lastUpdateStatus === 'InProgress') {
      latest.lastUpdateStatus = failure ? 'Failed' : 'Successful';
      delete latest.lastUpdateStatusReason;
      delete latest.lastUpdateStatusReasonCode;
      if (failure) [latest.lastUpdateStatusReason, latest.lastUpdateStatusReasonCode] = [`Kumo could not unpack the code: ${failure}`, 'InvalidZipFileException'];
    }
    table().put(name, { ...current, latest });
  })();
  const k = key(ctx, name);
  const done = job.finally(() => {
    if (runtime.preparing.get(k) === done) runtime.preparing.delete(k);
  });
  runtime.preparing.set(k, done);
}

/** Waits for a function's preparation, if one is running (Invoke right after CreateFunction). */
export async function awaitPreparation(ctx: OperationContext, name: string): Promise<void> {
  await lambdaRuntime(ctx.store).preparing.get(key(ctx, name));
}
