import { compareDecimals, formatDecimal, parseDecimal, type Decimal } from './number.js';

/**
 * An AttributeValue as Kumo keeps it: the wire's union with binary as base64 text (so items
 * are plain JSON in the store) and numbers in canonical text.
 */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: AttributeMap }
  | { L: AttributeValue[] }
  | { NULL: true }
  | { BOOL: boolean };

export type AttributeMap = Record<string, AttributeValue>;

export type AttributeType = 'S' | 'N' | 'B' | 'SS' | 'NS' | 'BS' | 'M' | 'L' | 'NULL' | 'BOOL';

export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'];

export function typeOf(value: AttributeValue): AttributeType {
  for (const key in value) return key as AttributeType;
  throw new Error('empty attribute value');
}

/** The value's payload, whatever its type. */
export function payload(value: AttributeValue): unknown {
  return (value as Record<string, unknown>)[typeOf(value)];
}

export function decimalOf(value: { N: string }): Decimal {
  const d = parseDecimal(value.N);
  if (typeof d === 'string') throw new Error(`stored number is invalid: ${value.N}`);
  return d;
}

export function numberValue(d: Decimal): { N: string } {
  return { N: formatDecimal(d) };
}

function compareBinary(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'base64'), Buffer.from(b, 'base64'));
}

/** Orders two scalars of the same type (S by code point, N numerically, B bytewise); undefined if not comparable. */
export function compareScalars(a: AttributeValue, b: AttributeValue): number | undefined {
  if ('S' in a && 'S' in b) return a.S === b.S ? 0 : Buffer.compare(Buffer.from(a.S, 'utf8'), Buffer.from(b.S, 'utf8'));
  if ('N' in a && 'N' in b) return compareDecimals(decimalOf(a), decimalOf(b));
  if ('B' in a && 'B' in b) return compareBinary(a.B, b.B);
  return undefined;
}

function setKey(type: 'SS' | 'NS' | 'BS', member: string): string {
  return type === 'NS' ? formatDecimal(decimalOf({ N: member })) : member;
}

export function equalValues(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  if (type !== typeOf(b)) return false;
  switch (type) {
    case 'S':
    case 'B':
    case 'BOOL':
    case 'NULL':
      return payload(a) === payload(b);
    case 'N':
      return compareScalars(a, b) === 0;
    case 'SS':
    case 'NS':
    case 'BS': {
      const x = payload(a) as string[];
      const y = payload(b) as string[];
      if (x.length !== y.length) return false;
      const keys = new Set(x.map((m) => setKey(type, m)));
      return y.every((m) => keys.has(setKey(type, m)));
    }
    case 'L': {
      const x = payload(a) as AttributeValue[];
      const y = payload(b) as AttributeValue[];
      return x.length === y.length && x.every((v, i) => equalValues(v, y[i]!));
    }
    case 'M': {
      const x = payload(a) as AttributeMap;
      const y = payload(b) as AttributeMap;
      const keys = Object.keys(x);
      return keys.length === Object.keys(y).length && keys.every((k) => y[k] !== undefined && equalValues(x[k]!, y[k]!));
    }
  }
}

/** Whether a set contains a member (numbers compared numerically). */
export function setHas(type: 'SS' | 'NS' | 'BS', members: string[], member: string): boolean {
  const key = setKey(type, member);
  return members.some((m) => setKey(type, m) === key);
}

/** The wire form: binary back to bytes. */
export function toWire(value: AttributeValue): unknown {
  if ('B' in value) return { B: Buffer.from(value.B, 'base64') };
  if ('BS' in value) return { BS: value.BS.map((b) => Buffer.from(b, 'base64')) };
  if ('M' in value) return { M: mapToWire(value.M) };
  if ('L' in value) return { L: value.L.map(toWire) };
  return value;
}

export function mapToWire(map: AttributeMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(map)) out[key] = toWire(map[key]!);
  return out;
}

export function cloneValue<T extends AttributeValue | AttributeMap>(value: T): T {
  return structuredClone(value);
}
