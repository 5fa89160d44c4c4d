import type { Shape } from '../../model/index.js';
import { formatTimestamp, type TimestampFormat } from '../timestamps.js';

/**
 * Scalars as text, the way the XML-family protocols put them on the wire: timestamps in
 * the member's format (else the protocol's default), blobs base64, floats with NaN and
 * Infinity spelled out.
 */
export function scalarToText(value: unknown, shape: Shape, defaultFormat: TimestampFormat): string {
  switch (shape.type) {
    case 'timestamp':
      if (value instanceof Date || typeof value === 'number' || typeof value === 'string') {
        return String(formatTimestamp(value, timestampFormatOf(shape, defaultFormat)));
      }
      break;
    case 'blob':
      if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
      if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      break;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) return String(formatTimestamp(value, defaultFormat));
  return String(value);
}

/** The member's timestampFormat trait when it is one Kumo knows, else the default. */
export function timestampFormatOf(shape: Shape, defaultFormat: TimestampFormat): TimestampFormat {
  const format = shape.timestampFormat;
  return format === 'iso8601' || format === 'rfc822' || format === 'unixTimestamp' ? format : defaultFormat;
}

/** Thrown when wire text does not fit its shape; each protocol turns it into its own AWS error. */
export class ScalarFormatError extends Error {
  constructor(readonly text: string, readonly expected: string) {
    super(`Value '${text}' is not a valid ${expected}`);
  }
}

const INTEGER_TYPES = new Set(['integer', 'long', 'short', 'byte', 'biginteger']);
const FLOAT_TYPES = new Set(['float', 'double', 'bigdecimal']);

/** Decodes wire text into the shape's value: numbers, booleans, Date, Buffer, or the string. */
export function textToScalar(text: string, shape: Shape, defaultFormat: TimestampFormat): unknown {
  const type = shape.type;
  if (INTEGER_TYPES.has(type)) {
    const trimmed = text.trim();
    if (!/^[+-]?\d+$/.test(trimmed)) throw new ScalarFormatError(text, type);
    return Number(trimmed);
  }
  if (FLOAT_TYPES.has(type)) {
    const trimmed = text.trim();
    if (trimmed === 'NaN') return Number.NaN;
    if (trimmed === 'Infinity') return Number.POSITIVE_INFINITY;
    if (trimmed === '-Infinity') return Number.NEGATIVE_INFINITY;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) throw new ScalarFormatError(text, type);
    return Number(trimmed);
  }
  switch (type) {
    case 'boolean': {
      const trimmed = text.trim();
      if (trimmed === 'true') return true;
      if (trimmed === 'false') return false;
      throw new ScalarFormatError(text, 'boolean');
    }
    case 'timestamp':
      return parseWireTimestamp(text, timestampFormatOf(shape, defaultFormat));
    case 'blob': {
      const compact = text.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact)) throw new ScalarFormatError(text, 'base64 blob');
      return Buffer.from(compact, 'base64');
    }
    default:
      return text;
  }
}

/**
 * Reads a timestamp leniently: servers see clients that send epoch seconds where the model
 * says ISO 8601 and the other way round, and AWS accepts both.
 */
function parseWireTimestamp(text: string, format: TimestampFormat): Date {
  const trimmed = text.trim();
  let date: Date;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(trimmed)) date = new Date(Number(trimmed) * 1000);
  else date = new Date(trimmed);
  if (trimmed === '' || Number.isNaN(date.getTime())) throw new ScalarFormatError(text, `timestamp (${format})`);
  return date;
}
