import type { Shape } from '../../model/index.js';

/**
 * Puts a decoded value and a vector's expected value in one comparable form, driven by
 * the shape. Vectors write timestamps as epoch seconds, blobs as strings and NaN or
 * Infinity as strings; decoded values use Date, Buffer and numbers. Each side converts
 * only from its own form, so a wrongly typed decoded value still fails the comparison.
 */
export function canonical(value: unknown, shape: Shape, side: 'expected' | 'actual'): unknown {
  if (value === undefined || value === null) return undefined;
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object') return value;
      const result: Record<string, unknown> = {};
      const record = value as Record<string, unknown>;
      for (const [name, item] of Object.entries(record)) {
        const member = shape.members?.[name];
        const converted = member ? canonical(item, member, side) : item;
        if (converted !== undefined) result[name] = converted;
      }
      return result;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => canonical(item, shape.member!, side)) : value;
    case 'map': {
      if (typeof value !== 'object') return value;
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) result[key] = canonical(item, shape.value!, side);
      return result;
    }
    case 'timestamp':
      if (side === 'expected' && typeof value === 'number') return value;
      if (side === 'actual' && value instanceof Date) return value.getTime() / 1000;
      return value;
    case 'blob':
      if (side === 'expected' && typeof value === 'string') return value;
      if (side === 'actual' && value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
      return value;
    case 'float':
    case 'double':
      if (side === 'expected' && typeof value === 'string') return Number(value);
      return value;
    default:
      return value;
  }
}

/** Turns a vector's expected value into decoded form (Date, Buffer, numbers), for feeding serializers. */
export function decodedFromVector(value: unknown, shape: Shape): unknown {
  if (value === undefined || value === null) return undefined;
  switch (shape.type) {
    case 'structure': {
      const result: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        const member = shape.members?.[name];
        result[name] = member ? decodedFromVector(item, member) : item;
      }
      return result;
    }
    case 'list':
      return (value as unknown[]).map((item) => decodedFromVector(item, shape.member!));
    case 'map': {
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) result[key] = decodedFromVector(item, shape.value!);
      return result;
    }
    case 'timestamp':
      return typeof value === 'number' ? new Date(value * 1000) : value;
    case 'blob':
      return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    case 'float':
    case 'double':
      return typeof value === 'string' ? Number(value) : value;
    default:
      return value;
  }
}
