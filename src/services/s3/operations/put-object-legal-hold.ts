import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { lockedVersion } from '../model/locked-version.js';
import { rewriteVersion } from '../model/rewrite-version.js';

/** A legal hold blocks deleting the version until it is turned OFF, whatever its retention. */
export function putObjectLegalHold(input: { Bucket: string; Key: string; VersionId?: string; LegalHold?: { Status?: string } }, ctx: OperationContext): Record<string, never> {
  const status = input.LegalHold?.Status;
  if (status !== 'ON' && status !== 'OFF') throw malformedXml();
  const { bucket, row } = lockedVersion(ctx, input, 'PUT');
  ctx.store.transaction(() => rewriteVersion(ctx, bucket, { ...row, legalHold: status === 'ON' }));
  return {};
}
