import { AwsError } from '../../shared/aws-error.js';

/**
 * The error AWS's JSON front ends answer when a body does not fit the model, with messages
 * in the style they use ("Start of structure or map found where not expected.").
 */
export function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message, { status: 400 });
}

const TARGET_NAMES: Record<string, string> = {
  string: 'a String',
  character: 'a String',
  integer: 'an Integer',
  short: 'a Short',
  byte: 'a Byte',
  long: 'a Long',
  biginteger: 'a BigInteger',
  float: 'a Float',
  double: 'a Double',
  bigdecimal: 'a BigDecimal',
  boolean: 'a Boolean',
  timestamp: 'a Timestamp',
  blob: 'a ByteBuffer',
};

/** The error for a value of the wrong kind where `type` was expected. */
export function typeMismatch(type: string, raw: unknown): AwsError {
  if (Array.isArray(raw)) return serializationError('Start of list found where not expected');
  if (raw !== null && typeof raw === 'object' && !(raw instanceof Uint8Array) && !(raw instanceof Date)) {
    return serializationError('Start of structure or map found where not expected.');
  }
  if (type === 'structure' || type === 'map') return serializationError(`${tokenName(raw)} can not be converted to a Map`);
  if (type === 'list') return serializationError(`${tokenName(raw)} can not be converted to a List`);
  return serializationError(`${tokenName(raw)} can not be converted to ${TARGET_NAMES[type] ?? `a ${type}`}`);
}

function tokenName(raw: unknown): string {
  if (typeof raw === 'string') return 'STRING_VALUE';
  if (typeof raw === 'number' || typeof raw === 'bigint') return Number.isInteger(Number(raw)) ? 'NUMBER_VALUE' : 'DECIMAL_VALUE';
  if (raw === true) return 'TRUE_VALUE';
  if (raw === false) return 'FALSE_VALUE';
  if (raw instanceof Uint8Array) return 'BYTE_STRING';
  return 'VALUE';
}
