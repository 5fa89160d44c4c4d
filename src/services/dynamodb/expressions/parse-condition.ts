import type { Comparator, Condition, ConditionFunction, Operand } from './ast.js';
import { CONDITION_FUNCTIONS, ExpressionParser, type ExpressionLabel, type ExpressionScope } from './expression-parser.js';

const COMPARATORS = new Set(['=', '<>', '<', '<=', '>', '>=']);
const ATTRIBUTE_TYPE_NAMES = ['S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'NULL', 'L', 'M'];

/**
 * ConditionExpression, FilterExpression and KeyConditionExpression:
 *   or := and (OR and)*;  and := not (AND not)*;  not := NOT not | primary
 *   primary := ( or ) | function(args) | operand comparator operand
 *            | operand BETWEEN operand AND operand | operand IN ( operand, ... )
 */
export function parseCondition(source: string, label: ExpressionLabel, scope: ExpressionScope): Condition {
  const p = new ExpressionParser(source, label, scope);
  const condition = parseOr(p);
  p.expectEnd();
  return condition;
}

function parseOr(p: ExpressionParser): Condition {
  let left = parseAnd(p);
  while (p.isKeyword('OR')) {
    p.next();
    left = { kind: 'or', left, right: parseAnd(p) };
  }
  return left;
}

function parseAnd(p: ExpressionParser): Condition {
  let left = parseNot(p);
  while (p.isKeyword('AND')) {
    p.next();
    left = { kind: 'and', left, right: parseNot(p) };
  }
  return left;
}

function parseNot(p: ExpressionParser): Condition {
  if (p.isKeyword('NOT')) {
    p.next();
    return { kind: 'not', condition: parseNot(p) };
  }
  return parsePrimary(p);
}

function parsePrimary(p: ExpressionParser): Condition {
  if (p.isPunct('(')) {
    p.next();
    const inner = parseOr(p);
    p.expectPunct(')');
    return inner;
  }
  if (p.isFunctionCall() && CONDITION_FUNCTIONS.has(p.token.text)) {
    const { name, args } = p.parseCall();
    return conditionFunction(p, name as ConditionFunction, args);
  }
  const left = p.parseOperand();
  const token = p.token;
  if (token.kind === 'punct' && COMPARATORS.has(token.text)) {
    p.next();
    return { kind: 'compare', op: token.text as Comparator, left, right: p.parseOperand() };
  }
  if (p.isKeyword('BETWEEN')) {
    p.next();
    const low = p.parseOperand();
    if (!p.isKeyword('AND')) throw p.syntaxError();
    p.next();
    return { kind: 'between', operand: left, low, high: p.parseOperand() };
  }
  if (p.isKeyword('IN')) {
    p.next();
    p.expectPunct('(');
    const list: Operand[] = [p.parseOperand()];
    while (p.isPunct(',')) {
      p.next();
      list.push(p.parseOperand());
    }
    p.expectPunct(')');
    return { kind: 'in', operand: left, list };
  }
  if (left.kind === 'size') throw p.error('The function is not allowed to be used this way in an expression; function: size');
  throw p.syntaxError();
}

function conditionFunction(p: ExpressionParser, name: ConditionFunction, args: Operand[]): Condition {
  switch (name) {
    case 'attribute_exists':
    case 'attribute_not_exists':
      p.arity(name, args, 1);
      p.requirePath(name, args[0]!);
      break;
    case 'attribute_type': {
      p.arity(name, args, 2);
      p.requirePath(name, args[0]!);
      const type = args[1]!;
      if (type.kind === 'value') {
        const named = 'S' in type.value ? type.value.S : undefined;
        if (named === undefined) throw p.operandTypeError(name, type);
        if (!ATTRIBUTE_TYPE_NAMES.includes(named)) {
          throw p.error(`Invalid attribute type name found; type: ${named}, valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }`);
        }
      }
      break;
    }
    case 'begins_with':
      p.arity(name, args, 2);
      for (const arg of args) {
        if (arg.kind === 'value' && !('S' in arg.value) && !('B' in arg.value)) throw p.operandTypeError(name, arg);
      }
      break;
    case 'contains':
      p.arity(name, args, 2);
      break;
  }
  return { kind: 'function', name, args };
}
