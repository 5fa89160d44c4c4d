import type { OperationContext } from '../../define-service.js';
import { lockedVersion } from '../model/locked-version.js';
import { noObjectLockConfiguration } from '../model/object-lock.js';

export function getObjectLegalHold(input: { Bucket: string; Key: string; VersionId?: string }, ctx: OperationContext): Record<string, unknown> {
  const { row } = lockedVersion(ctx, input, 'GET');
  if (row.legalHold === undefined) throw noObjectLockConfiguration();
  return { LegalHold: { Status: row.legalHold ? 'ON' : 'OFF' } };
}
