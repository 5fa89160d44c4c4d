import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { exportDescription } from '../model/export-description.js';
import { exportsTable, transferKeyFromArn } from '../model/export-rows.js';
import { constraint, exportNotFound } from '../model/transfer-errors.js';

/** An export's description by its ARN (`<table arn>/export/<id>`), kept after its table is deleted. */
export function describeExport(input: { ExportArn?: string }, ctx: OperationContext): { ExportDescription: Record<string, unknown> } {
  if (input.ExportArn === undefined) throw constraint(undefined, 'exportArn', 'not be null');
  const key = transferKeyFromArn(input.ExportArn, 'export');
  if (key === undefined) throw validation(`Invalid Export ARN: ${input.ExportArn}`);
  const row = ctx.table(exportsTable).get(key);
  if (!row || row.arn !== input.ExportArn) throw exportNotFound(input.ExportArn);
  return { ExportDescription: exportDescription(row) };
}
