import { invalidParameter, invalidParameterValue } from '../errors.js';
import type { AttributeValue } from './filter-policy-match.js';

const NAME = /^[A-Za-z0-9_.-]{1,256}$/;

/** Checks Publish's MessageAttributes as SNS does; returns their size in bytes (names, types, values). */
export function validateMessageAttributes(attributes: Record<string, AttributeValue> | undefined): number {
  if (!attributes) return 0;
  let bytes = 0;
  for (const [name, value] of Object.entries(attributes)) {
    const reason = (text: string) => invalidParameter(`Invalid parameter: MessageAttributes Reason: ${text}`);
    if (!NAME.test(name) || name.startsWith('.') || name.endsWith('.') || name.includes('..') || /^(aws|amazon)\./i.test(name)) {
      throw reason(`The message attribute name '${name}' is invalid.`);
    }
    const type = value.DataType ?? '';
    const base = type.split('.')[0];
    if (!type || (base !== 'String' && base !== 'Number' && base !== 'Binary')) {
      throw invalidParameterValue(`The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`);
    }
    if (base === 'Binary') {
      if (value.BinaryValue === undefined) throw invalidParameterValue(`The message attribute '${name}' with type 'Binary' must use field 'Binary'.`);
      bytes += value.BinaryValue.length;
    } else {
      const text = value.StringValue;
      if (text === undefined || text === '') throw invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
      if (base === 'Number' && !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim())) {
        throw reason(`Could not cast message attribute '${name}' value to number.`);
      }
      if (type === 'String.Array') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        if (!Array.isArray(parsed) || parsed.some((v) => typeof v === 'object' && v !== null)) {
          throw reason(`Invalid value for message attribute '${name}' of type 'String.Array': it must be a JSON array of strings, numbers, booleans or nulls.`);
        }
      }
      bytes += Buffer.byteLength(text, 'utf8');
    }
    bytes += Buffer.byteLength(name, 'utf8') + Buffer.byteLength(type, 'utf8');
  }
  return bytes;
}
