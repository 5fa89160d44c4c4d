import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { transferKeyFromArn } from '../model/export-rows.js';
import { importDescription } from '../model/import-description.js';
import { importsTable } from '../model/import-rows.js';
import { constraint, importNotFound } from '../model/transfer-errors.js';

/** An import's description by its ARN (`<table arn>/import/<id>`). */
export function describeImport(input: { ImportArn?: string }, ctx: OperationContext): { ImportTableDescription: Record<string, unknown> } {
  if (input.ImportArn === undefined) throw constraint(undefined, 'importArn', 'not be null');
  const key = transferKeyFromArn(input.ImportArn, 'import');
  if (key === undefined) throw validation(`Invalid Import ARN: ${input.ImportArn}`);
  const row = ctx.table(importsTable).get(key);
  if (!row || row.arn !== input.ImportArn) throw importNotFound(input.ImportArn);
  return { ImportTableDescription: importDescription(row) };
}
