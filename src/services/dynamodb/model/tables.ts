import type { OperationContext } from '../../define-service.js';
import { resourceNotFound, tableNotFound } from '../errors.js';
import { tablesTable, type IndexRecord, type KeyType, type TableRecord } from '../store.js';
import { checkName } from './table-schema.js';

/** A table for a data-plane call: DynamoDB answers a bare "Requested resource not found". */
export function requireTable(ctx: OperationContext, name: string | undefined): TableRecord {
  const table = ctx.table(tablesTable).get(checkName(name, 'tableName', 1024));
  if (!table) throw resourceNotFound();
  return table;
}

/** A table for a control-plane call, whose error names the table. */
export function requireTableNamed(ctx: OperationContext, name: string | undefined): TableRecord {
  const table = ctx.table(tablesTable).get(checkName(name, 'tableName', 1024));
  if (!table) throw tableNotFound(name!);
  return table;
}

/** Table names and ARNs are both accepted where AWS takes either. */
export function tableNameFromArn(nameOrArn: string): string {
  const m = /^arn:aws[a-z-]*:dynamodb:[^:]*:\d{12}:table\/([^/]+)/.exec(nameOrArn);
  return m ? m[1]! : nameOrArn;
}

export function keyType(table: TableRecord, attribute: string): KeyType {
  return table.attributeDefinitions.find((d) => d.AttributeName === attribute)!.AttributeType;
}

export function hashKeyOf(schema: Array<{ AttributeName: string; KeyType: string }>): string {
  return schema.find((k) => k.KeyType === 'HASH')!.AttributeName;
}

export function rangeKeyOf(schema: Array<{ AttributeName: string; KeyType: string }>): string | undefined {
  return schema.find((k) => k.KeyType === 'RANGE')?.AttributeName;
}

export function findIndex(table: TableRecord, name: string): { index: IndexRecord; kind: 'global' | 'local' } | undefined {
  const gsi = table.gsis.find((i) => i.name === name);
  if (gsi) return { index: gsi, kind: 'global' };
  const lsi = table.lsis.find((i) => i.name === name);
  return lsi ? { index: lsi, kind: 'local' } : undefined;
}
