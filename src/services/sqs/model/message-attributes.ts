import { createHash } from 'node:crypto';
import { invalidParameterValue, unsupportedOperation } from '../errors.js';
import type { StoredAttribute } from '../store.js';

/** A message attribute as operations receive it (BinaryValue decoded). */
export interface MessageAttributeValue {
  DataType?: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
  StringListValues?: string[];
  BinaryListValues?: Uint8Array[];
}

export const MAX_ATTRIBUTES = 10;

export function md5Hex(data: string | Uint8Array): string {
  return createHash('md5').update(data).digest('hex');
}

/**
 * AWS's digest of message attributes, which the SDKs verify: for each attribute in name
 * order, the length-prefixed name, data type, a transport byte (1 string, 2 binary) and the
 * length-prefixed value, all big-endian 4-byte lengths over UTF-8 bytes.
 */
export function md5OfAttributes(attributes: Record<string, StoredAttribute>): string {
  const hash = createHash('md5');
  const lengthPrefixed = (bytes: Buffer): void => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hash.update(length);
    hash.update(bytes);
  };
  for (const name of Object.keys(attributes).sort()) {
    const attribute = attributes[name]!;
    lengthPrefixed(Buffer.from(name, 'utf8'));
    lengthPrefixed(Buffer.from(attribute.DataType, 'utf8'));
    if (attribute.BinaryValue !== undefined) {
      hash.update(Buffer.from([2]));
      lengthPrefixed(Buffer.from(attribute.BinaryValue, 'base64'));
    } else {
      hash.update(Buffer.from([1]));
      lengthPrefixed(Buffer.from(attribute.StringValue ?? '', 'utf8'));
    }
  }
  return hash.digest('hex');
}

const NAME = /^[A-Za-z0-9_.-]{1,256}$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Validates message attributes as AWS does and returns them in stored form. */
export function checkMessageAttributes(input: Record<string, MessageAttributeValue> | undefined): Record<string, StoredAttribute> | undefined {
  if (!input || Object.keys(input).length === 0) return undefined;
  const names = Object.keys(input);
  if (names.length > MAX_ATTRIBUTES) {
    throw invalidParameterValue(`Number of message attributes [${names.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`);
  }
  const out: Record<string, StoredAttribute> = {};
  for (const name of names) {
    const value = input[name]!;
    if (!NAME.test(name) || name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
      throw invalidParameterValue(`Message (user) attribute name ${name} is invalid.`);
    }
    if (/^(aws|amazon)\./i.test(name)) {
      throw invalidParameterValue(`You can't use message attribute names beginning with 'AWS.' or 'Amazon.'. These strings are reserved for internal use. Attribute name: ${name}`);
    }
    out[name] = checkValue(name, value);
  }
  return out;
}

/**
 * AWS reserves StringListValues/BinaryListValues: a request that fills either is refused as a
 * whole with UnsupportedOperation naming the operation (a batch fails entirely, not per entry).
 */
export function refuseListValues(attributes: Array<Record<string, MessageAttributeValue> | undefined>, operation: string): void {
  for (const set of attributes) {
    for (const value of Object.values(set ?? {})) {
      if (value.StringListValues?.length || value.BinaryListValues?.length) {
        throw unsupportedOperation(`Message attribute list values in ${operation} operation are not supported.`);
      }
    }
  }
}

function checkValue(name: string, value: MessageAttributeValue): StoredAttribute {
  const type = value.DataType ?? '';
  if (type === '') throw invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute type.`);
  const base = type.split('.')[0];
  if (base !== 'String' && base !== 'Number' && base !== 'Binary') {
    throw invalidParameterValue(`The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`);
  }
  if (base === 'Binary') {
    if (!value.BinaryValue || value.BinaryValue.length === 0) throw emptyValue(name, type);
    return { DataType: type, BinaryValue: Buffer.from(value.BinaryValue).toString('base64') };
  }
  if (value.StringValue === undefined || value.StringValue === '') throw emptyValue(name, type);
  if (base === 'Number' && !NUMBER.test(value.StringValue)) {
    throw invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
  }
  const bad = firstInvalidCharacter(value.StringValue);
  if (bad !== undefined) {
    throw invalidParameterValue(`Invalid binary character '#x${bad.toString(16).toUpperCase()}' was found in the message attribute '${name}' value.`);
  }
  return { DataType: type, StringValue: value.StringValue };
}

function emptyValue(name: string, type: string): Error {
  return invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`);
}

/** Bytes an attribute counts against the message size limit: name, type and value. */
export function attributesSize(attributes: Record<string, StoredAttribute> | undefined): number {
  let size = 0;
  for (const [name, a] of Object.entries(attributes ?? {})) {
    size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType);
    size += a.BinaryValue !== undefined ? Buffer.from(a.BinaryValue, 'base64').length : Buffer.byteLength(a.StringValue ?? '');
  }
  return size;
}

/** The first character outside XML's allowed set (#x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF). */
export function firstInvalidCharacter(text: string): number | undefined {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return c;
  }
  return undefined;
}

/** The attributes a receive asked for: `All`, `.*`, exact names, or `prefix.*`. */
export function selectAttributes(attributes: Record<string, StoredAttribute> | undefined, requested: readonly string[] | undefined): Record<string, StoredAttribute> | undefined {
  if (!attributes || !requested || requested.length === 0) return undefined;
  const out: Record<string, StoredAttribute> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const wanted = requested.some((r) => r === 'All' || r === '.*' || r === name || (r.endsWith('.*') && name.startsWith(r.slice(0, -1))));
    if (wanted) out[name] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Stored attributes as the output shape wants them (binary as bytes). */
export function outputAttributes(attributes: Record<string, StoredAttribute>): Record<string, MessageAttributeValue> {
  const out: Record<string, MessageAttributeValue> = {};
  for (const [name, a] of Object.entries(attributes)) {
    out[name] = a.BinaryValue !== undefined ? { DataType: a.DataType, BinaryValue: Buffer.from(a.BinaryValue, 'base64') } : { DataType: a.DataType, StringValue: a.StringValue };
  }
  return out;
}
