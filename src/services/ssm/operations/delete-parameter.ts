import type { OperationContext } from '../../define-service.js';
import { parameterNotFound, required } from '../errors.js';
import { parametersTable } from '../store.js';

export function deleteParameter(input: { Name?: string }, ctx: OperationContext): Record<string, never> {
  required(input.Name, 'name');
  if (!ctx.table(parametersTable).delete(input.Name!)) throw parameterNotFound();
  return {};
}
