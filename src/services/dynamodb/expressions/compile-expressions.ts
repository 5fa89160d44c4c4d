import { validation } from '../errors.js';
import { readExpressionValues } from '../model/read-attribute-value.js';
import type { Condition, Path, UpdateAction } from './ast.js';
import { ExpressionScope } from './expression-parser.js';
import { legacyCondition, legacyUpdate, type LegacyCondition, type LegacyUpdate } from './legacy.js';
import { parseCondition } from './parse-condition.js';
import { parseProjection } from './parse-projection.js';
import { parseUpdate } from './parse-update.js';

/** The expression and legacy members any item or query operation may carry. */
export interface ExpressionInput {
  ConditionExpression?: string;
  UpdateExpression?: string;
  ProjectionExpression?: string;
  FilterExpression?: string;
  KeyConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
  Expected?: Record<string, LegacyCondition>;
  ConditionalOperator?: string;
  AttributeUpdates?: Record<string, LegacyUpdate>;
  AttributesToGet?: string[];
  QueryFilter?: Record<string, LegacyCondition>;
  ScanFilter?: Record<string, LegacyCondition>;
  KeyConditions?: Record<string, LegacyCondition>;
}

export interface CompiledExpressions {
  condition?: Condition;
  update?: UpdateAction[];
  projection?: Path[];
  filter?: Condition;
  keyCondition?: Condition;
}

const PAIRS: Array<[keyof ExpressionInput, keyof ExpressionInput]> = [
  ['Expected', 'ConditionExpression'],
  ['AttributeUpdates', 'UpdateExpression'],
  ['AttributesToGet', 'ProjectionExpression'],
  ['QueryFilter', 'FilterExpression'],
  ['ScanFilter', 'FilterExpression'],
  ['KeyConditions', 'KeyConditionExpression'],
];

function keysOf(names: Iterable<string>): string {
  return `{${[...names].join(', ')}}`;
}

/**
 * Parses a request's expressions (or converts its legacy parameters) and applies DynamoDB's
 * request-level rules: no mixing of the two styles, no empty or unused placeholders.
 */
export function compileExpressions(input: ExpressionInput): CompiledExpressions {
  const legacyUsed = PAIRS.filter(([l]) => input[l] !== undefined).map(([l]) => l);
  const expressionUsed = PAIRS.filter(([, e]) => input[e] !== undefined).map(([, e]) => e);
  if (legacyUsed.length > 0 && expressionUsed.length > 0) {
    throw validation(
      `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: ${keysOf(new Set(legacyUsed))} Expression parameters: ${keysOf(new Set(expressionUsed))}`,
    );
  }
  const names = input.ExpressionAttributeNames;
  const rawValues = input.ExpressionAttributeValues;
  if (names !== undefined && Object.keys(names).length === 0) throw validation('ExpressionAttributeNames must not be empty');
  if (rawValues !== undefined && Object.keys(rawValues).length === 0) throw validation('ExpressionAttributeValues must not be empty');
  if (names !== undefined && expressionUsed.length === 0) throw validation('ExpressionAttributeNames can only be specified when using expressions');
  const valueUsers = expressionUsed.filter((e) => e !== 'ProjectionExpression');
  if (rawValues !== undefined && valueUsers.length === 0) {
    throw validation('ExpressionAttributeValues can only be specified when using expressions: ConditionExpression, UpdateExpression, KeyConditionExpression and FilterExpression');
  }
  const values = readExpressionValues(rawValues);
  const scope = new ExpressionScope(names, values);
  const out: CompiledExpressions = {};
  if (input.KeyConditionExpression !== undefined) out.keyCondition = parseCondition(input.KeyConditionExpression, 'KeyConditionExpression', scope);
  if (input.ConditionExpression !== undefined) out.condition = parseCondition(input.ConditionExpression, 'ConditionExpression', scope);
  if (input.UpdateExpression !== undefined) out.update = parseUpdate(input.UpdateExpression, scope);
  if (input.FilterExpression !== undefined) out.filter = parseCondition(input.FilterExpression, 'FilterExpression', scope);
  if (input.ProjectionExpression !== undefined) out.projection = parseProjection(input.ProjectionExpression, scope);

  const unusedNames = Object.keys(names ?? {}).filter((n) => !scope.usedNames.has(n));
  if (unusedNames.length > 0) throw validation(`Value provided in ExpressionAttributeNames unused in expressions: keys: ${keysOf(unusedNames)}`);
  const unusedValues = Object.keys(values ?? {}).filter((v) => !scope.usedValues.has(v));
  if (unusedValues.length > 0) throw validation(`Value provided in ExpressionAttributeValues unused in expressions: keys: ${keysOf(unusedValues)}`);

  out.condition ??= legacyCondition(input.Expected, input.ConditionalOperator);
  out.filter ??= legacyCondition(input.QueryFilter ?? input.ScanFilter, input.ConditionalOperator);
  out.keyCondition ??= legacyCondition(input.KeyConditions);
  if (input.AttributeUpdates !== undefined) out.update = legacyUpdate(input.AttributeUpdates);
  if (input.AttributesToGet !== undefined) out.projection = input.AttributesToGet.map((name) => [name]);
  return out;
}
