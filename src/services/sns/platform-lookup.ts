import type { ScopedTable } from '../../store/types.js';
import type { OperationContext } from '../define-service.js';
import { AwsError } from '../../shared/aws-error.js';
import { parseApplicationArn, parseEndpointArn, type ApplicationRef, type EndpointRef } from './model/platform.js';
import { platformApplicationsTable, platformEndpointsTable, type PlatformApplicationRow, type PlatformEndpointRow } from './store.js';

export function applicationNotFound(): AwsError {
  return new AwsError('NotFound', 'PlatformApplication does not exist', { status: 404 });
}

export function endpointNotFound(): AwsError {
  return new AwsError('NotFound', 'Endpoint does not exist', { status: 404 });
}

export interface PlatformTables {
  applications: ScopedTable<PlatformApplicationRow>;
  endpoints: ScopedTable<PlatformEndpointRow>;
}

/** An application's or endpoint's tables: those of the account and region its ARN names. */
export function platformTables(ctx: Pick<OperationContext, 'store'>, scope: { accountId: string; region: string }): PlatformTables {
  const key = { accountId: scope.accountId, region: scope.region };
  return { applications: ctx.store.table(platformApplicationsTable, key), endpoints: ctx.store.table(platformEndpointsTable, key) };
}

export interface FoundApplication extends PlatformTables {
  ref: ApplicationRef;
  application: PlatformApplicationRow;
}

export function findApplication(ctx: Pick<OperationContext, 'store'>, arn: unknown): FoundApplication {
  const ref = parseApplicationArn(arn);
  const tables = platformTables(ctx, ref);
  const application = tables.applications.get(ref.key);
  if (!application) throw applicationNotFound();
  return { ref, application, ...tables };
}

export interface FoundEndpoint extends PlatformTables {
  ref: EndpointRef;
  endpoint: PlatformEndpointRow;
}

export function findEndpoint(ctx: Pick<OperationContext, 'store'>, arn: unknown): FoundEndpoint {
  const ref = parseEndpointArn(arn);
  const tables = platformTables(ctx, ref);
  const endpoint = tables.endpoints.get(ref.endpointKey);
  if (!endpoint) throw endpointNotFound();
  return { ref, endpoint, ...tables };
}
