import type { Shape } from '../../model/index.js';
import { formatTimestamp, type TimestampFormat } from '../timestamps.js';
import { isPlainObject, nested, setKey, type ValueCodecOptions } from './decode-json-value.js';

/**
 * Encodes a decoded value by its shape for a JSON body (or, with `cbor`, for a CBOR body):
 * timestamps as epoch seconds unless the member says otherwise (CBOR: Date, written as
 * tag 1), blobs base64 (CBOR: byte strings), NaN and the infinities as their JSON strings.
 * Members that are undefined or null are left out, as are values the shape does not name.
 */
export function encodeJsonValue(shape: Shape, value: unknown, options: ValueCodecOptions = {}): unknown {
  if (value === null || value === undefined) return undefined;
  if (shape.document) return plainValue(value, options);
  switch (shape.type) {
    case 'structure': {
      if (!isPlainObject(value)) return undefined;
      const out: Record<string, unknown> = {};
      const members = shape.members ?? {};
      const only = singleKey(value);
      if (only !== undefined) {
        // One member set (every DynamoDB AttributeValue): no need to walk all ten.
        const member = Object.prototype.hasOwnProperty.call(members, only) ? members[only] : undefined;
        if (member === undefined || (options.bodyOnly && member.location !== undefined)) return out;
        const v = encodeJsonValue(member, value[only], nested(options));
        if (v !== undefined) setKey(out, member.locationName ?? only, v);
        return out;
      }
      for (const [name, member] of Object.entries(members)) {
        if (options.bodyOnly && member.location !== undefined) continue;
        const v = encodeJsonValue(member, value[name], nested(options));
        if (v !== undefined) setKey(out, member.locationName ?? name, v);
      }
      return out;
    }
    case 'list': {
      const items = Array.isArray(value) ? value : value instanceof Set ? [...(value as Set<unknown>)] : [];
      return items.map((item) => encodeJsonValue(shape.member!, item, nested(options)) ?? null);
    }
    case 'map': {
      const entries = value instanceof Map ? [...(value as Map<string, unknown>).entries()] : isPlainObject(value) ? Object.entries(value) : [];
      const out: Record<string, unknown> = {};
      for (const [k, item] of entries) {
        const v = encodeJsonValue(shape.value!, item, nested(options));
        if (v !== undefined) setKey(out, String(k), v);
      }
      return out;
    }
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger': {
      const n = Number(value);
      // cbor-x writes integers past 32 bits as floats; a BigInt keeps them CBOR integers.
      if (options.cbor && Number.isSafeInteger(n) && Math.abs(n) >= 2 ** 32) return BigInt(n);
      return n;
    }
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const n = Number(value);
      if (options.cbor || Number.isFinite(n)) return n;
      return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
    }
    case 'boolean':
      return value === true || value === 'true';
    case 'timestamp': {
      const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value * 1000) : new Date(String(value));
      if (options.cbor) return date;
      return formatTimestamp(date, (shape.timestampFormat as TimestampFormat | undefined) ?? 'unixTimestamp');
    }
    case 'blob': {
      const bytes = value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : Buffer.from(String(value), 'utf8');
      return options.cbor ? bytes : bytes.toString('base64');
    }
    default:
      if (typeof value === 'string') return value;
      return shape.jsonvalue ? JSON.stringify(value) : String(value);
  }
}

/** Documents and unmodeled fields: Dates as epoch seconds, bytes base64 (JSON) or raw (CBOR). */
export function plainValue(value: unknown, options: ValueCodecOptions = {}): unknown {
  if (value === null || value === undefined) return value;
  if (value instanceof Date) return options.cbor ? value : formatTimestamp(value, 'unixTimestamp');
  if (value instanceof Uint8Array) return options.cbor ? value : Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((v) => plainValue(v, options) ?? null);
  if (typeof value === 'bigint') return Number(value);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) setKey(out, k, plainValue(v, options));
    }
    return out;
  }
  return value;
}

/** The object's only own enumerable key, or undefined when it has none or several. */
function singleKey(value: Record<string, unknown>): string | undefined {
  let found: string | undefined;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (found !== undefined) return undefined;
    found = key;
  }
  return found;
}
