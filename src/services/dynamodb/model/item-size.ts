import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { significantDigits } from './number.js';

/** DynamoDB's documented size of a number: one byte per two significant digits, plus one. */
function numberSize(text: string): number {
  return Math.ceil(significantDigits(text) / 2) + 1;
}

/** The size of a value as DynamoDB counts it (CapacityUnitCalculations), without its name. */
export function valueSize(value: AttributeValue): number {
  if ('S' in value) return Buffer.byteLength(value.S, 'utf8');
  if ('N' in value) return numberSize(value.N);
  if ('B' in value) return Buffer.byteLength(value.B, 'base64');
  if ('SS' in value) return value.SS.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
  if ('NS' in value) return value.NS.reduce((n, s) => n + numberSize(s), 0);
  if ('BS' in value) return value.BS.reduce((n, b) => n + Buffer.byteLength(b, 'base64'), 0);
  if ('L' in value) return 3 + value.L.reduce((n, v) => n + 1 + valueSize(v), 0);
  if ('M' in value) return 3 + Object.keys(value.M).reduce((n, k) => n + 1 + Buffer.byteLength(k, 'utf8') + valueSize(value.M[k]!), 0);
  return 1;
}

/** Item size: attribute names' UTF-8 bytes plus their values' sizes. */
export function itemSize(item: AttributeMap): number {
  let total = 0;
  for (const key of Object.keys(item)) total += Buffer.byteLength(key, 'utf8') + valueSize(item[key]!);
  return total;
}

export const MAX_ITEM_SIZE = 400 * 1024;
