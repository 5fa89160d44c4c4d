import type { OperationContext } from '../../define-service.js';
import { constraint, required } from '../errors.js';
import { parametersTable } from '../store.js';

export function deleteParameters(input: { Names?: string[] }, ctx: OperationContext) {
  required(input.Names, 'names');
  if (input.Names!.length < 1 || input.Names!.length > 10) throw constraint(`[${input.Names!.join(', ')}]`, 'names', 'Member must have length less than or equal to 10');
  const table = ctx.table(parametersTable);
  const DeletedParameters: string[] = [];
  const InvalidParameters: string[] = [];
  for (const name of new Set(input.Names)) (table.delete(name) ? DeletedParameters : InvalidParameters).push(name);
  return { DeletedParameters, InvalidParameters };
}
