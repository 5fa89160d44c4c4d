import { setKey } from '../set-key.js';
import type { Shape } from '../../model/index.js';
import { parseTimestamp } from '../timestamps.js';
import { typeMismatch } from './value-errors.js';

export interface ValueCodecOptions {
  /** CBOR (rpc-v2-cbor): timestamps are Dates (tag 1) or numbers, blobs are byte strings. */
  cbor?: boolean;
  /** Skip members bound to HTTP (rest-json): only body members are read or written. */
  bodyOnly?: boolean;
}

/**
 * Decodes a parsed JSON (or CBOR) value into the shape's decoded form: Date for
 * timestamps, Buffer for blobs, numbers (NaN and the infinities from their JSON strings),
 * plain objects keyed by member name. JSON nulls are dropped; documents pass through.
 * Throws AwsError SerializationException where the value does not fit the shape.
 */
export function decodeJsonValue(shape: Shape, raw: unknown, options: ValueCodecOptions = {}): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (shape.document) return raw;
  switch (shape.type) {
    case 'structure':
      return decodeStructure(shape, raw, options);
    case 'list': {
      if (!Array.isArray(raw)) throw typeMismatch('list', raw);
      const out: unknown[] = [];
      for (const item of raw) {
        const v = decodeJsonValue(shape.member!, item, nested(options));
        if (v !== undefined) out.push(v);
      }
      return out;
    }
    case 'map': {
      if (!isPlainObject(raw)) throw typeMismatch('map', raw);
      const out: Record<string, unknown> = {};
      for (const [k, item] of entriesOf(raw)) {
        const v = decodeJsonValue(shape.value!, item, nested(options));
        if (v !== undefined) setKey(out, k, v);
      }
      return out;
    }
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger': {
      const n = typeof raw === 'bigint' ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw typeMismatch(shape.type, raw);
      return Math.trunc(n);
    }
    case 'float':
    case 'double':
    case 'bigdecimal': {
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'bigint') return Number(raw);
      if (raw === 'NaN') return Number.NaN;
      if (raw === 'Infinity') return Number.POSITIVE_INFINITY;
      if (raw === '-Infinity') return Number.NEGATIVE_INFINITY;
      throw typeMismatch(shape.type, raw);
    }
    case 'boolean':
      if (typeof raw !== 'boolean') throw typeMismatch('boolean', raw);
      return raw;
    case 'timestamp':
      if (raw instanceof Date) return raw;
      if (typeof raw === 'number' || typeof raw === 'string') return parseTimestamp(raw, undefined);
      throw typeMismatch('timestamp', raw);
    case 'blob':
      if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      if (typeof raw === 'string' && !options.cbor) return Buffer.from(raw, 'base64');
      throw typeMismatch('blob', raw);
    default:
      if (typeof raw !== 'string') throw typeMismatch('string', raw);
      return raw;
  }
}

function decodeStructure(shape: Shape, raw: unknown, options: ValueCodecOptions): Record<string, unknown> {
  if (!isPlainObject(raw)) throw typeMismatch('structure', raw);
  const out: Record<string, unknown> = {};
  const members = wireMembers(shape, options.bodyOnly === true);
  // Walk whichever is shorter: a DynamoDB AttributeValue has ten members and one key sent.
  const keys = Object.keys(raw);
  if (keys.length < members.size) {
    for (const key of keys) {
      const member = members.get(key);
      if (member === undefined) continue;
      const v = decodeJsonValue(member.shape, raw[key], nested(options));
      if (v !== undefined) out[member.name] = v;
    }
    return out;
  }
  for (const [key, member] of members) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const v = decodeJsonValue(member.shape, raw[key], nested(options));
    if (v !== undefined) out[member.name] = v;
  }
  return out;
}

interface WireMember {
  name: string;
  shape: Shape;
}

const wireMembersCache = new WeakMap<Shape, Map<string, WireMember>>();
const bodyWireMembersCache = new WeakMap<Shape, Map<string, WireMember>>();

/** A structure's members by the key they have on the wire, computed once per shape. */
function wireMembers(shape: Shape, bodyOnly: boolean): Map<string, WireMember> {
  const cache = bodyOnly ? bodyWireMembersCache : wireMembersCache;
  let members = cache.get(shape);
  if (!members) {
    members = new Map();
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      if (bodyOnly && member.location !== undefined) continue;
      members.set(member.locationName ?? name, { name, shape: member });
    }
    cache.set(shape, members);
  }
  return members;
}

const CBOR_NESTED: ValueCodecOptions = Object.freeze({ cbor: true });
const JSON_NESTED: ValueCodecOptions = Object.freeze({});

/** Options for values inside a member: `bodyOnly` applies to the top level alone. */
export function nested(options: ValueCodecOptions): ValueCodecOptions {
  return options.cbor ? CBOR_NESTED : JSON_NESTED;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Date) && !(value instanceof Map);
}

function entriesOf(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(value);
}

export { setKey } from '../set-key.js';
