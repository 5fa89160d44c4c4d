import { cidrRange, singleAddress } from './ip-range.js';
import { JsonStream, JsonStreamError, type JsonToken } from './json-stream.js';
import { wildcardRegex, type Matcher } from './matchers.js';

/** One field of a pattern: the path into the event and its ORed value tests. */
export interface FieldRule {
  path: string[];
  matchers: Matcher[];
}

/** Fields that must all match (an AND); a compiled pattern is an OR of these, one per `$or` branch. */
export type SubRule = FieldRule[];
export type CompiledPattern = SubRule[];

type Rules = Array<Map<string, FieldRule>>;

/** Operators that may not be field names inside `$or` (AWS's event ruler reserves them). */
const RESERVED_IN_OR = new Set(['anything-but', 'numeric', 'prefix', 'suffix', 'exists', 'cidr', 'equals-ignore-case', 'wildcard', 'exactly']);

const isNumber = (t: JsonToken | undefined) => t === 'VALUE_NUMBER_INT' || t === 'VALUE_NUMBER_FLOAT';

/**
 * Compiles an event pattern as EventBridge does, walking the JSON text in order so that the
 * first problem found (and its location) is the one AWS reports. Throws JsonStreamError.
 */
export function compilePattern(text: string): CompiledPattern {
  const s = new JsonStream(text);
  if (s.nextToken() !== 'START_OBJECT') s.fail('Filter is not an object');
  const rules: Rules = [];
  parseObject(s, rules, [], false);
  return rules.map((rule) => [...rule.values()]);
}

function parseObject(s: JsonStream, rules: Rules, path: string[], insideOr: boolean): void {
  let fields = 0;
  while (s.nextToken() !== 'END_OBJECT') {
    fields++;
    const name = s.currentName;
    if (name === '$or') {
      parseOr(s, rules, path);
      continue;
    }
    if (insideOr && RESERVED_IN_OR.has(name)) s.fail(`${name} is Ruler reserved fieldName which cannot be used inside $or.`);
    const token = s.nextToken();
    if (token === 'START_OBJECT') parseObject(s, rules, [...path, name], insideOr);
    else if (token === 'START_ARRAY') writeField(s, rules, [...path, name]);
    else s.fail(`"${name}" must be an object or an array`);
  }
  if (fields === 0) s.fail('Empty objects are not allowed');
}

/** Each object of the `$or` array forks the rules built so far; later fields apply to every branch. */
function parseOr(s: JsonStream, rules: Rules, path: string[]): void {
  const before = rules.map((rule) => new Map(rule));
  rules.length = 0;
  if (s.nextToken() !== 'START_ARRAY') s.fail('It must be an Array followed with $or.');
  let branches = 0;
  for (let token = s.nextToken(); token !== 'END_ARRAY'; token = s.nextToken()) {
    branches++;
    if (token !== 'START_OBJECT') s.fail('Only JSON object is allowed in array of $or relationship.');
    const branch = before.length ? before.map((rule) => new Map(rule)) : [new Map<string, FieldRule>()];
    parseObject(s, branch, path, true);
    rules.push(...branch);
  }
  if (branches < 2) s.fail('There must have at least 2 Objects in $or relationship.');
}

function writeField(s: JsonStream, rules: Rules, path: string[]): void {
  const matchers: Matcher[] = [];
  for (let token = s.nextToken(); token !== 'END_ARRAY'; token = s.nextToken()) {
    switch (token) {
      case 'START_OBJECT':
        matchers.push(matchExpression(s));
        break;
      case 'VALUE_STRING': {
        const text = s.getText();
        const address = singleAddress(text);
        matchers.push(address ? { kind: 'ip', range: address } : { kind: 'exact', value: text });
        break;
      }
      case 'VALUE_NUMBER_INT':
      case 'VALUE_NUMBER_FLOAT':
        matchers.push({ kind: 'exact', value: Number(s.getText()) });
        break;
      case 'VALUE_NULL':
        matchers.push({ kind: 'exact', value: null });
        break;
      case 'VALUE_TRUE':
      case 'VALUE_FALSE':
        matchers.push({ kind: 'exact', value: token === 'VALUE_TRUE' });
        break;
      default:
        s.fail('Match value must be String, number, true, false, or null');
    }
  }
  if (matchers.length === 0) s.fail('Empty arrays are not allowed');
  if (rules.length === 0) rules.push(new Map());
  for (const rule of rules) rule.set(path.join('.'), { path, matchers });
}

function endOfExpression(s: JsonStream, reason = 'Only one key allowed in match expression'): void {
  if (s.nextToken() !== 'END_OBJECT') s.fail(reason);
}

function stringOperand(s: JsonStream, reason: string): string {
  if (s.nextToken() !== 'VALUE_STRING') s.fail(reason);
  return s.getText();
}

function matchExpression(s: JsonStream): Matcher {
  if (s.nextToken() !== 'FIELD_NAME') s.fail('Match expression name not found');
  const op = s.currentName;
  switch (op) {
    case 'exactly': {
      const value = stringOperand(s, 'exact match pattern must be a string');
      endOfExpression(s);
      return { kind: 'exact', value };
    }
    case 'prefix':
    case 'suffix': {
      const token = s.nextToken();
      if (token === 'START_OBJECT') return ignoreCaseAffix(s, op);
      if (token !== 'VALUE_STRING') s.fail(`${op} match pattern must be a string`);
      const value = s.getText();
      endOfExpression(s);
      return { kind: op, value };
    }
    case 'numeric': {
      if (s.nextToken() !== 'START_ARRAY') s.fail('Value of numeric must be an array.');
      const range = numericRange(s);
      endOfExpression(s, 'Too many elements in numeric expression');
      return range;
    }
    case 'anything-but':
      return anythingBut(s);
    case 'exists': {
      const token = s.nextToken();
      if (token !== 'VALUE_TRUE' && token !== 'VALUE_FALSE') s.fail('exists match pattern must be either true or false.');
      endOfExpression(s);
      return { kind: 'exists', exists: token === 'VALUE_TRUE' };
    }
    case 'cidr': {
      const text = stringOperand(s, 'prefix match pattern must be a string');
      let range;
      try {
        range = cidrRange(text);
      } catch (error) {
        // AWS reports a bad CIDR without a location: it is not a JSON parsing failure.
        throw new JsonStreamError((error as Error).message, undefined);
      }
      endOfExpression(s);
      return { kind: 'ip', range };
    }
    case 'equals-ignore-case': {
      const value = stringOperand(s, 'equals-ignore-case match pattern must be a string');
      endOfExpression(s);
      return { kind: 'equals-ignore-case', value };
    }
    case 'wildcard': {
      const value = stringOperand(s, 'wildcard match pattern must be a string');
      checkWildcard(s, value);
      endOfExpression(s);
      return { kind: 'wildcard', regex: wildcardRegex(value) };
    }
    default:
      s.fail(`Unrecognized match type ${op}`);
  }
}

/** `{"prefix": {"equals-ignore-case": "x"}}` and its suffix twin. */
function ignoreCaseAffix(s: JsonStream, op: 'prefix' | 'suffix'): Matcher {
  const Title = op === 'prefix' ? 'Prefix' : 'Suffix';
  if (s.nextToken() !== 'FIELD_NAME') s.fail(`${Title} expression name not found`);
  if (s.currentName !== 'equals-ignore-case') s.fail(`Unsupported ${op} pattern: ${s.currentName}`);
  const value = stringOperand(s, 'equals-ignore-case match pattern must be a string');
  endOfExpression(s);
  endOfExpression(s);
  return { kind: op === 'prefix' ? 'prefix-ignore-case' : 'suffix-ignore-case', value };
}

type AnythingButKind = 'plain' | 'equals-ignore-case' | 'prefix' | 'suffix' | 'wildcard';

function anythingBut(s: JsonStream): Matcher {
  let kind: AnythingButKind = 'plain';
  let token = s.nextToken();
  if (token === 'START_OBJECT') {
    if (s.nextToken() !== 'FIELD_NAME') s.fail('Anything-But expression name not found');
    const inner = s.currentName;
    if (inner !== 'equals-ignore-case' && inner !== 'prefix' && inner !== 'suffix' && inner !== 'wildcard') {
      s.fail(`Unsupported anything-but pattern: ${inner}`);
    }
    kind = inner;
    token = s.nextToken();
  }
  if (token !== 'START_ARRAY' && token !== 'VALUE_STRING' && !isNumber(token)) {
    s.fail('Value of anything-but must be an array or single string/number value.');
  }
  const matcher = kind === 'plain' ? anythingButValues(s, token) : anythingButSet(s, token, kind);
  endOfExpression(s, 'Too many elements in numeric expression');
  if (kind !== 'plain') endOfExpression(s, 'Too many elements in numeric expression');
  return matcher;
}

function anythingButValues(s: JsonStream, first: JsonToken | undefined): Matcher {
  const strings: string[] = [];
  const numbers: number[] = [];
  const take = (token: JsonToken | undefined, reason: string) => {
    if (token === 'VALUE_STRING') strings.push(s.getText());
    else if (isNumber(token)) numbers.push(Number(s.getText()));
    else s.fail(reason);
  };
  if (first !== 'START_ARRAY') {
    take(first, 'Inside anything-but list, start|null|boolean is not supported.');
    return { kind: 'anything-but', strings, numbers };
  }
  for (let token = s.nextToken(); token !== 'END_ARRAY'; token = s.nextToken()) {
    take(token, 'Inside anything but list, start|null|boolean is not supported.');
  }
  if ((strings.length > 0) === (numbers.length > 0)) {
    s.fail('Inside anything but list, either all values are number or string, mixed type is not supported');
  }
  return { kind: 'anything-but', strings, numbers };
}

function anythingButSet(s: JsonStream, first: JsonToken | undefined, kind: Exclude<AnythingButKind, 'plain'>): Matcher {
  const values: string[] = [];
  const take = (token: JsonToken | undefined) => {
    if (token !== 'VALUE_STRING') {
      if (kind === 'equals-ignore-case') s.fail('Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.');
      if (kind === 'wildcard') s.fail('wildcard match pattern must be a string');
      s.fail('prefix/suffix match pattern must be a string');
    }
    const text = s.getText();
    if ((kind === 'prefix' || kind === 'suffix') && text === '') s.fail('Null prefix/suffix not allowed');
    values.push(text);
  };
  if (first === 'START_ARRAY') {
    for (let token = s.nextToken(); token !== 'END_ARRAY'; token = s.nextToken()) take(token);
  } else {
    take(first);
  }
  if (kind === 'wildcard') {
    for (const value of values) checkWildcard(s, value);
    return { kind: 'anything-but-wildcard', regexes: values.map(wildcardRegex) };
  }
  return { kind: kind === 'equals-ignore-case' ? 'anything-but-ignore-case' : kind === 'prefix' ? 'anything-but-prefix' : 'anything-but-suffix', values };
}

function numericRange(s: JsonStream): Matcher {
  if (s.nextToken() !== 'VALUE_STRING') s.fail(`Invalid member in numeric match: ${s.getText()}`);
  const op = s.getText();
  const token = s.nextToken();
  const operand = (name: string) => {
    if (!isNumber(token)) s.fail(`Value of ${name} must be numeric`);
    return Number(s.getText());
  };
  const closeArray = () => {
    if (s.nextToken() !== 'END_ARRAY') s.fail('Too many elements in numeric expression');
  };
  switch (op) {
    case '=': {
      const value = operand('equals');
      closeArray();
      return { kind: 'numeric', low: value, high: value };
    }
    case '>=':
    case '>': {
      const low = operand(op);
      const next = s.nextToken();
      if (next === 'END_ARRAY') return { kind: 'numeric', low, lowOpen: op === '>' };
      return upperBound(s, next, low, op === '>');
    }
    case '<=':
    case '<': {
      const high = operand(op);
      closeArray();
      return { kind: 'numeric', high, highOpen: op === '<' };
    }
    default:
      s.fail(`Unrecognized numeric range operator: ${op}`);
  }
}

function upperBound(s: JsonStream, token: JsonToken | undefined, low: number, lowOpen: boolean): Matcher {
  if (token !== 'VALUE_STRING') s.fail(`Bad value in numeric range: ${s.getText()}`);
  const op = s.getText();
  if (op !== '<' && op !== '<=') s.fail(`Bad numeric range operator: ${op}`);
  if (!isNumber(s.nextToken())) s.fail(`Value of ${op} must be numeric`);
  const high = Number(s.getText());
  if (s.nextToken() !== 'END_ARRAY') s.fail('Too many terms in numeric range expression');
  if (!(low < high)) s.fail('Bottom must be less than top');
  return { kind: 'numeric', low, lowOpen, high, highOpen: op === '<' };
}

/** AWS parses wildcards as the quoted value's UTF-8 bytes, so positions count the opening quote. */
function checkWildcard(s: JsonStream, value: string): void {
  const bytes = Buffer.from(`"${value}"`, 'utf8');
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x2a && bytes[i + 1] === 0x2a) s.fail(`Consecutive wildcard characters at pos ${i}`);
    if (bytes[i] === 0x5c) {
      if (bytes[i + 1] === 0x2a || bytes[i + 1] === 0x5c) {
        i++;
        continue;
      }
      s.fail(`Invalid escape character at pos ${i}`);
    }
  }
}
