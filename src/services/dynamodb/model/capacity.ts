/** Capacity units as DynamoDB charges them (ProvisionedThroughput.CapacityUnitCalculations). */

export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / 1024));
}

/** Reads: 4 KB per unit, half for eventually consistent reads. */
export function readUnits(bytes: number, consistent: boolean): number {
  const units = Math.max(1, Math.ceil(bytes / 4096));
  return consistent ? units : units / 2;
}

export interface Consumption {
  table: number;
  gsis: Record<string, number>;
  lsis: Record<string, number>;
}

export function emptyConsumption(): Consumption {
  return { table: 0, gsis: {}, lsis: {} };
}

export function addConsumption(into: Consumption, from: Consumption, factor = 1): Consumption {
  into.table += from.table * factor;
  for (const [k, v] of Object.entries(from.gsis)) into.gsis[k] = (into.gsis[k] ?? 0) + v * factor;
  for (const [k, v] of Object.entries(from.lsis)) into.lsis[k] = (into.lsis[k] ?? 0) + v * factor;
  return into;
}

function perIndex(units: Record<string, number>): Record<string, { CapacityUnits: number }> | undefined {
  const names = Object.keys(units);
  if (names.length === 0) return undefined;
  return Object.fromEntries(names.map((n) => [n, { CapacityUnits: units[n]! }]));
}

/** The ConsumedCapacity member for ReturnConsumedCapacity TOTAL or INDEXES; undefined for NONE. */
export function consumedCapacity(mode: string | undefined, tableName: string, c: Consumption): Record<string, unknown> | undefined {
  if (mode !== 'TOTAL' && mode !== 'INDEXES') return undefined;
  const total = c.table + Object.values(c.gsis).reduce((a, b) => a + b, 0) + Object.values(c.lsis).reduce((a, b) => a + b, 0);
  if (mode === 'TOTAL') return { TableName: tableName, CapacityUnits: total };
  const gsis = perIndex(c.gsis);
  const lsis = perIndex(c.lsis);
  return {
    TableName: tableName,
    CapacityUnits: total,
    Table: { CapacityUnits: c.table },
    ...(lsis ? { LocalSecondaryIndexes: lsis } : {}),
    ...(gsis ? { GlobalSecondaryIndexes: gsis } : {}),
  };
}
