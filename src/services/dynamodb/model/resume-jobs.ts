import type { ServiceRuntime } from '../../define-service.js';
import { finishExport, runExport } from './export-job.js';
import { exportsTable } from './export-rows.js';
import { runImport } from './import-job.js';
import { resumeInBackground, runningJobs, type JobContext } from './job-runtime.js';
import { RECOVERY_PERIOD_MS } from './point-in-time.js';

/**
 * An export that Kumo stopped in the middle of runs again from the start: it exports a fixed
 * point in time (or period), so the rerun writes what the first run would have, with fresh
 * data file names (files a half-done run wrote stay in the bucket, outside every manifest). It
 * cannot be faithful once that time has left the 35-day window the PITR log is kept for: then
 * it ends FAILED as an internal failure, saying why.
 */
async function resumeExport(job: JobContext, key: string): Promise<void> {
  const row = job.table(exportsTable).get(key);
  const fromMs = row?.incremental?.fromMs ?? row?.exportTimeMs;
  if (row?.status === 'IN_PROGRESS' && fromMs !== undefined && fromMs < job.clock.now() - RECOVERY_PERIOD_MS) {
    return finishExport(job, key, {
      status: 'FAILED',
      failureCode: 'InternalServerError',
      failureMessage: `The export was interrupted when Kumo stopped and could not be resumed: its export time ${new Date(fromMs).toISOString()} is now outside the table's point-in-time recovery window`,
    });
  }
  return runExport(job, key);
}

/**
 * On start: every export and import a stopped Kumo left IN_PROGRESS runs again, so none stays
 * IN_PROGRESS forever. Imports start over too (see runImport: the table they made is reused).
 * Everything else DynamoDB does in the background (table, index, backup, TTL, Contributor
 * Insights and replica status changes) Kumo applies inside the call's own transaction, so a stop
 * cannot leave it half done; the TTL sweep restarts with the lifecycle.
 */
export function resumeJobs(runtime: ServiceRuntime): number {
  const jobs = runningJobs(runtime.store);
  for (const { kind, accountId, region, key } of jobs) {
    resumeInBackground(runtime, { accountId, region }, (job) => (kind === 'export' ? resumeExport(job, key) : runImport(job, key)));
  }
  return jobs.length;
}
