import type { Shape } from '../../model/index.js';
import { AwsError } from '../../shared/aws-error.js';
import { formatTimestamp, parseTimestamp, type TimestampFormat } from '../timestamps.js';

export type BindingLocation = 'header' | 'querystring' | 'uri';

/** Timestamps outside the body: headers use HTTP dates, labels and query strings ISO 8601. */
export function boundTimestampFormat(shape: Shape, location: BindingLocation): TimestampFormat {
  const declared = shape.timestampFormat;
  if (declared === 'iso8601' || declared === 'rfc822' || declared === 'unixTimestamp') return declared;
  return location === 'header' ? 'rfc822' : 'iso8601';
}

function invalid(name: string, text: string, what: string): AwsError {
  return new AwsError('SerializationException', `Value '${text}' at '${name}' failed to satisfy constraint: Member must be ${what}`);
}

/** Reads one scalar sent in a header, query parameter or label, by its shape. */
export function parseBoundScalar(shape: Shape, text: string, location: BindingLocation, name: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger': {
      if (!/^[+-]?\d+$/.test(text.trim())) throw invalid(name, text, 'an integer');
      return Number(text.trim());
    }
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const t = text.trim();
      if (t === 'NaN') return Number.NaN;
      if (t === 'Infinity') return Number.POSITIVE_INFINITY;
      if (t === '-Infinity') return Number.NEGATIVE_INFINITY;
      const n = Number(t);
      if (t === '' || Number.isNaN(n)) throw invalid(name, text, 'a number');
      return n;
    }
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true') return true;
      if (t === 'false') return false;
      throw invalid(name, text, 'a boolean');
    }
    case 'timestamp':
      // Lenient on purpose: clients differ in the format they send for the same member.
      return parseTimestamp(text, undefined, name);
    case 'blob':
      return Buffer.from(text, 'base64');
    default:
      if (location === 'header' && shape.jsonvalue) {
        const json = Buffer.from(text, 'base64').toString('utf8');
        try {
          return JSON.parse(json) as unknown;
        } catch {
          return json;
        }
      }
      return text;
  }
}

/** Writes one scalar for a header, query parameter or label. */
export function formatBoundScalar(shape: Shape, value: unknown, location: BindingLocation): string {
  switch (shape.type) {
    case 'timestamp':
      return String(formatTimestamp(value as Date | number | string, boundTimestampFormat(shape, location)));
    case 'blob':
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      return Buffer.from(String(value), 'utf8').toString('base64');
    case 'boolean':
      return value === true || value === 'true' ? 'true' : 'false';
    default:
      if (location === 'header' && shape.jsonvalue) return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
      return String(value);
  }
}
