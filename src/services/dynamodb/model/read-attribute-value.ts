import { validation, invalidParameter } from '../errors.js';
import type { AwsError } from '../../../shared/aws-error.js';
import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { formatDecimal, parseDecimal, type NumberProblem } from './number.js';

/** DynamoDB refuses documents nested deeper than this. */
const MAX_DEPTH = 32;

const MEMBERS = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'] as const;

function numberError(problem: NumberProblem, text: string): AwsError {
  switch (problem) {
    case 'syntax':
      return validation(`The parameter cannot be converted to a numeric value: ${text}`);
    case 'digits':
      return validation('Attempting to store more than 38 significant digits in a Number');
    case 'overflow':
      return validation('Number overflow. Attempting to store a number with magnitude larger than supported range');
    case 'underflow':
      return validation('Number underflow. Attempting to store a number with magnitude smaller than supported range');
  }
}

function canonicalNumber(text: unknown): string {
  const d = parseDecimal(String(text));
  if (typeof d === 'string') throw numberError(d, String(text));
  return formatDecimal(d);
}

function base64(bytes: unknown): string {
  if (bytes instanceof Uint8Array) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return Buffer.from(String(bytes), 'utf8').toString('base64');
}

function noDuplicates(members: string[], shown: string[]): void {
  if (new Set(members).size !== members.length) {
    throw invalidParameter(`Input collection [${shown.join(', ')}] contains duplicates.`);
  }
}

/**
 * Checks a decoded wire AttributeValue as DynamoDB does and converts it to Kumo's form
 * (canonical numbers, base64 binary). Throws ValidationException with AWS's messages.
 */
export function readAttributeValue(raw: unknown, depth = 1): AttributeValue {
  if (depth > MAX_DEPTH) throw validation('Nesting Levels have exceeded supported limits');
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw validation('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  }
  const record = raw as Record<string, unknown>;
  const present = MEMBERS.filter((m) => record[m] !== undefined);
  if (present.length === 0) throw validation('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  if (present.length > 1) {
    throw validation('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
  }
  const type = present[0]!;
  const value = record[type];
  switch (type) {
    case 'S':
      return { S: String(value) };
    case 'N':
      return { N: canonicalNumber(value) };
    case 'B':
      return { B: base64(value) };
    case 'BOOL':
      return { BOOL: value === true };
    case 'NULL':
      if (value !== true) throw invalidParameter('Null attribute value types must have the value of true');
      return { NULL: true };
    case 'SS': {
      const members = (value as unknown[]).map(String);
      if (members.length === 0) throw invalidParameter('An string set  may not be empty');
      noDuplicates(members, members);
      return { SS: members };
    }
    case 'NS': {
      const shown = (value as unknown[]).map(String);
      if (shown.length === 0) throw invalidParameter('An number set  may not be empty');
      const members = shown.map(canonicalNumber);
      noDuplicates(members, shown);
      return { NS: members };
    }
    case 'BS': {
      const members = (value as unknown[]).map(base64);
      if (members.length === 0) throw invalidParameter('Binary sets should not be empty');
      noDuplicates(members, members);
      return { BS: members };
    }
    case 'L':
      return { L: (value as unknown[]).map((v) => readAttributeValue(v, depth + 1)) };
    case 'M':
      return { M: readAttributeMap(value, depth + 1) };
  }
}

export function readAttributeMap(raw: unknown, depth = 1): AttributeMap {
  const out: AttributeMap = {};
  if (raw === null || typeof raw !== 'object') return out;
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    Object.defineProperty(out, key, { value: readAttributeValue(v, depth), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** ExpressionAttributeValues: the same checks, each message naming its placeholder. */
export function readExpressionValues(raw: Record<string, unknown> | undefined): AttributeMap | undefined {
  if (raw === undefined) return undefined;
  const out: AttributeMap = {};
  for (const [key, v] of Object.entries(raw)) {
    try {
      out[key] = readAttributeValue(v);
    } catch (error) {
      if (error instanceof Error && 'code' in error) {
        throw validation(`ExpressionAttributeValues contains invalid value: ${error.message} for key ${key}`);
      }
      throw error;
    }
  }
  return out;
}
