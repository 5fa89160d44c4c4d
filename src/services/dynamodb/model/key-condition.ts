import { invalidParameter, validation } from '../errors.js';
import type { Condition, Operand } from '../expressions/ast.js';
import type { AttributeValue } from './attribute-value.js';
import { compareScalars, typeOf } from './attribute-value.js';
import { partitionPrefix, sortKeyRange, type SortRange } from './key-encoding.js';
import type { KeyType } from '../store.js';

type SortOp = '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'begins_with';

interface KeyPart {
  attribute: string;
  op: SortOp;
  values: AttributeValue[];
}

function invalid(detail: string): Error {
  return validation(`Invalid KeyConditionExpression: ${detail}`);
}

function attributeOf(operand: Operand): string {
  if (operand.kind !== 'path') throw validation('Query key condition not supported');
  if (operand.path.length !== 1) throw invalid('KeyConditionExpressions cannot have conditions on nested attributes');
  return operand.path[0] as string;
}

function valueOf(operand: Operand): AttributeValue {
  if (operand.kind !== 'value') throw validation('Query key condition not supported');
  return operand.value;
}

function parts(condition: Condition, into: KeyPart[]): KeyPart[] {
  switch (condition.kind) {
    case 'and':
      parts(condition.left, into);
      parts(condition.right, into);
      return into;
    case 'compare':
      if (condition.op === '<>') throw invalid('Invalid operator used in KeyConditionExpression: <>');
      into.push({ attribute: attributeOf(condition.left), op: condition.op, values: [valueOf(condition.right)] });
      return into;
    case 'between':
      into.push({ attribute: attributeOf(condition.operand), op: 'BETWEEN', values: [valueOf(condition.low), valueOf(condition.high)] });
      return into;
    case 'function':
      if (condition.name !== 'begins_with') throw invalid(`Invalid operator used in KeyConditionExpression: ${condition.name}`);
      into.push({ attribute: attributeOf(condition.args[0]!), op: 'begins_with', values: [valueOf(condition.args[1]!)] });
      return into;
    case 'or':
      throw invalid('Invalid operator used in KeyConditionExpression: OR');
    case 'not':
      throw invalid('Invalid operator used in KeyConditionExpression: NOT');
    case 'in':
      throw invalid('Invalid operator used in KeyConditionExpression: IN');
  }
}

/**
 * Turns a key condition into one store range: equality on the partition key picks the
 * partition's contiguous key range, the sort key condition narrows it.
 */
export function keyConditionRange(
  condition: Condition,
  prefix: string,
  hash: string,
  range: string | undefined,
  typeOfKey: (name: string) => KeyType,
): SortRange {
  const all = parts(condition, []);
  if (all.length > 2) throw validation('Conditions can be of length 1 or 2 only');
  const hashPart = all.find((p) => p.attribute === hash);
  if (!hashPart) throw validation(`Query condition missed key schema element: ${hash}`);
  const rangePart = all.find((p) => p !== hashPart);
  if (rangePart && rangePart.attribute !== range) {
    throw validation(range === undefined || all.some((p) => p.attribute === range) ? 'Query key condition not supported' : `Query condition missed key schema element: ${range}`);
  }
  if (hashPart.op !== '=') throw validation('Query key condition not supported');
  for (const part of all) {
    const expected = typeOfKey(part.attribute);
    for (const v of part.values) {
      if (typeOf(v) !== expected) throw invalidParameter('Condition parameter type does not match schema type');
    }
    if (part.op === 'begins_with' && expected === 'N') {
      throw invalid('Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    }
  }
  const partition = prefix + partitionPrefix(hashPart.values[0]!);
  if (!rangePart) return { prefix: partition };
  if (rangePart.op === 'BETWEEN') {
    const [low, high] = rangePart.values as [AttributeValue, AttributeValue];
    if ((compareScalars(low, high) ?? 0) > 0) {
      throw invalid(`The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower operand: AttributeValue: {${typeOf(low)}:${Object.values(low)[0]}}, upper operand: AttributeValue: {${typeOf(high)}:${Object.values(high)[0]}}`);
    }
    return sortKeyRange(partition, 'BETWEEN', low, high);
  }
  return sortKeyRange(partition, rangePart.op, rangePart.values[0]!);
}
