import type { OperationContext } from '../../define-service.js';
import { lockedVersion } from '../model/locked-version.js';
import { noObjectLockConfiguration } from '../model/object-lock.js';

export function getObjectRetention(input: { Bucket: string; Key: string; VersionId?: string }, ctx: OperationContext): Record<string, unknown> {
  const { row } = lockedVersion(ctx, input, 'GET');
  if (!row.retention) throw noObjectLockConfiguration();
  return { Retention: { Mode: row.retention.mode, RetainUntilDate: new Date(row.retention.untilMs) } };
}
