import type { OperationContext } from '../../define-service.js';
import { required, ssmError } from '../errors.js';
import { parametersTable, type ParameterRow } from '../store.js';

/** Tag operations in Kumo's SSM cover parameters only. */
export function tagTarget(ctx: OperationContext, resourceType: unknown, resourceId: unknown): ParameterRow {
  required(resourceType, 'resourceType');
  required(resourceId, 'resourceId');
  if (resourceType !== 'Parameter') throw ssmError('InvalidResourceType', `Kumo's SSM supports tags on resource type Parameter only, not ${String(resourceType)}.`);
  const row = ctx.table(parametersTable).get(String(resourceId));
  if (!row) throw ssmError('InvalidResourceId', 'The resource ID is not valid. Verify that you entered the correct ID and try again.');
  return row;
}
