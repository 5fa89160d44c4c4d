import type { OperationContext } from '../../define-service.js';
import { blobDownloadUrl } from '../../../shared/blob-download-url.js';
import { configurationOutput } from '../model/configuration.js';
import { resolveFunction } from '../model/lookup.js';

const LINK_LIFETIME_MS = 10 * 60_000;

/** Configuration, a presigned download link for the code (10 minutes, as AWS's), tags and concurrency. */
export function getFunction(input: { FunctionName: string; Qualifier?: string }, ctx: OperationContext): Record<string, unknown> {
  const { record, version, config } = resolveFunction(ctx, input.FunctionName, input.Qualifier);
  const out: Record<string, unknown> = {
    Configuration: configurationOutput(ctx, record.name, version, config),
    Code: {
      RepositoryType: 'S3',
      Location: blobDownloadUrl(ctx.endpoint, config.code.blobId, ctx.clock.now() + LINK_LIFETIME_MS, `${record.name}-${version === '$LATEST' ? 'latest' : version}.zip`),
    },
  };
  if (Object.keys(record.tags).length) out.Tags = { ...record.tags };
  if (record.reservedConcurrency !== undefined) out.Concurrency = { ReservedConcurrentExecutions: record.reservedConcurrency };
  return out;
}
