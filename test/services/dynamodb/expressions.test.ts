import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileExpressions } from '../../../src/services/dynamodb/expressions/compile-expressions.js';
import { evaluateCondition } from '../../../src/services/dynamodb/expressions/evaluate-condition.js';
import { applyUpdate } from '../../../src/services/dynamodb/expressions/apply-update.js';
import { projectItem } from '../../../src/services/dynamodb/expressions/project.js';
import type { AttributeMap } from '../../../src/services/dynamodb/model/attribute-value.js';

const item: AttributeMap = {
  id: { S: 'u1' },
  age: { N: '42' },
  name: { S: 'Ada Lovelace' },
  tags: { SS: ['math', 'poetry'] },
  scores: { NS: ['1', '2.5'] },
  arr: { L: [{ S: 'zero' }, { M: { deep: { N: '7' } } }, { N: '2' }] },
  doc: { M: { a: { S: 'x' }, 'dotted.key': { BOOL: true } } },
  nil: { NULL: true },
};

function check(expression: string, values: Record<string, unknown> = {}, names?: Record<string, string>): boolean {
  const compiled = compileExpressions({
    ConditionExpression: expression,
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    ...(names ? { ExpressionAttributeNames: names } : {}),
  });
  return evaluateCondition(compiled.condition!, item);
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('condition expressions', () => {
  test('comparators, BETWEEN, IN, with numbers compared as numbers', () => {
    assert.equal(check('age = :v', { ':v': { N: '42.0' } }), true);
    assert.equal(check('age < :v', { ':v': { N: '100' } }), true);
    assert.equal(check('age >= :v AND age <= :w', { ':v': { N: '42' }, ':w': { N: '42' } }), true);
    assert.equal(check('age BETWEEN :a AND :b', { ':a': { N: '40' }, ':b': { N: '50' } }), true);
    assert.equal(check('age IN (:a, :b)', { ':a': { N: '1' }, ':b': { N: '42' } }), true);
    assert.equal(check('age <> :v', { ':v': { S: '42' } }), true, 'different types are unequal');
    assert.equal(check('age < :v', { ':v': { S: '9' } }), false, 'different types never order');
    assert.equal(check('gone <> :v', { ':v': { N: '1' } }), true);
    assert.equal(check('gone = :v', { ':v': { N: '1' } }), false);
  });

  test('AND binds tighter than OR; NOT and parentheses', () => {
    assert.equal(check('age = :one OR age = :v AND id = :id', { ':one': { N: '1' }, ':v': { N: '42' }, ':id': { S: 'u1' } }), true);
    assert.equal(check('(age = :one OR age = :v) AND NOT id = :id', { ':one': { N: '1' }, ':v': { N: '42' }, ':id': { S: 'u1' } }), false);
    assert.equal(check('NOT NOT attribute_exists(id)'), true);
  });

  test('every function', () => {
    assert.equal(check('attribute_exists(doc.a) AND attribute_not_exists(doc.b)'), true);
    assert.equal(check('attribute_exists(#m.#d)', {}, { '#m': 'doc', '#d': 'dotted.key' }), true);
    assert.equal(check('attribute_type(tags, :t)', { ':t': { S: 'SS' } }), true);
    assert.equal(check('attribute_type(nil, :t)', { ':t': { S: 'NULL' } }), true);
    assert.equal(check('begins_with(#n, :p)', { ':p': { S: 'Ada' } }, { '#n': 'name' }), true);
    assert.equal(check('contains(#n, :p)', { ':p': { S: 'Love' } }, { '#n': 'name' }), true);
    assert.equal(check('contains(tags, :p)', { ':p': { S: 'poetry' } }), true);
    assert.equal(check('contains(scores, :p)', { ':p': { N: '2.50' } }), true);
    assert.equal(check('contains(arr, :p)', { ':p': { N: '2' } }), true);
    assert.equal(check('size(tags) = :two AND size(arr) > :two', { ':two': { N: '2' } }), true);
    assert.equal(check('size(#n) = :n', { ':n': { N: '12' } }, { '#n': 'name' }), true);
    assert.equal(check('arr[1].deep = :v', { ':v': { N: '7' } }), true);
    assert.equal(check('arr[5] = :v', { ':v': { N: '7' } }), false);
  });

  test("AWS's validation messages", () => {
    assert.equal(message(() => check('name = :v', { ':v': { S: 'x' } })), 'Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name');
    assert.equal(message(() => check('a = :v')), 'Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :v');
    assert.equal(message(() => check('#a = :v', { ':v': { N: '1' } })), 'Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #a');
    assert.equal(message(() => check('a = ', { ':v': { N: '1' } })), 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "= "');
    assert.equal(message(() => check('a = = :v', { ':v': { N: '1' } })), 'Invalid ConditionExpression: Syntax error; token: "=", near: "= = :v"');
    assert.equal(message(() => check('foo(a)')), 'Invalid ConditionExpression: Invalid function name; function: foo');
    assert.equal(message(() => check('size(a)')), 'Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size');
    assert.equal(message(() => check('attribute_exists(a, b)')), 'Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2');
    assert.equal(message(() => check('attribute_exists(:v)', { ':v': { N: '1' } })), 'Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists');
    assert.equal(message(() => check('begins_with(a, :v)', { ':v': { N: '1' } })), 'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    assert.equal(message(() => check('a = :v', { ':v': { N: '1' }, ':w': { N: '2' } })), 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}');
    assert.equal(message(() => check('a = :v', { ':v': { N: '1' } }, { '#x': 'x' })), 'Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}');
    assert.equal(message(() => check('')), 'Invalid ConditionExpression: The expression can not be empty;');
    assert.equal(message(() => compileExpressions({ ConditionExpression: 'a = :v', ExpressionAttributeValues: {} })), 'ExpressionAttributeValues must not be empty');
    assert.equal(message(() => compileExpressions({ ConditionExpression: 'attribute_exists(a)', Expected: {} })), 'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}');
  });
});

function update(expression: string, values: Record<string, unknown> = {}, base: AttributeMap = item): AttributeMap {
  const compiled = compileExpressions({ UpdateExpression: expression, ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}) });
  return applyUpdate(compiled.update!, base);
}

describe('update expressions', () => {
  test('SET with arithmetic, if_not_exists and list_append, all read from the old item', () => {
    const out = update('SET age = age + :one, tally = if_not_exists(tally, :zero) - :one, arr = list_append(:head, arr), dup = age', {
      ':one': { N: '1' },
      ':zero': { N: '0' },
      ':head': { L: [{ S: 'first' }] },
    });
    assert.deepEqual(out.age, { N: '43' });
    assert.deepEqual(out.tally, { N: '-1' });
    assert.deepEqual(out.dup, { N: '42' }, 'operands see the item before the update');
    assert.equal((out.arr as { L: unknown[] }).L.length, 4);
    assert.deepEqual(item.age, { N: '42' }, 'the original is untouched');
  });

  test('nested SET, index past the end appends, REMOVE shifts, ADD and DELETE on sets', () => {
    const out = update('SET doc.b = :v, arr[9] = :v REMOVE arr[0], nil ADD tags :t, n :n DELETE scores :s', {
      ':v': { S: 'v' },
      ':t': { SS: ['math', 'music'] },
      ':n': { N: '5' },
      ':s': { NS: ['1', '2.5'] },
    });
    assert.deepEqual(out.doc, { M: { a: { S: 'x' }, 'dotted.key': { BOOL: true }, b: { S: 'v' } } });
    assert.deepEqual(out.arr, { L: [{ M: { deep: { N: '7' } } }, { N: '2' }, { S: 'v' }] });
    assert.equal(out.nil, undefined);
    assert.deepEqual(out.tags, { SS: ['math', 'poetry', 'music'] });
    assert.deepEqual(out.n, { N: '5' });
    assert.equal(out.scores, undefined, 'a set emptied by DELETE is removed');
  });

  test('errors: gone parent, wrong types, overlapping paths, repeated sections', () => {
    assert.equal(message(() => update('SET nope.x = :v', { ':v': { S: 'v' } })), 'The document path provided in the update expression is invalid for update');
    assert.equal(message(() => update('SET id = id + :v', { ':v': { N: '1' } })), 'An operand in the update expression has an incorrect data type');
    assert.equal(message(() => update('SET x = nope + :v', { ':v': { N: '1' } })), 'The provided expression refers to an attribute that does not exist in the item');
    assert.equal(message(() => update('SET a = :v, a.b = :v', { ':v': { N: '1' } })), 'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]');
    assert.equal(message(() => update('SET a.b = :v REMOVE a[1]', { ':v': { N: '1' } })), 'Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]');
    assert.equal(message(() => update('SET a = :v SET b = :v', { ':v': { N: '1' } })), 'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;');
    assert.equal(message(() => update('ADD a :v', { ':v': { S: 'x' } })), 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING');
    assert.equal(message(() => update('SET a = :v + :w', { ':v': { S: 'x' }, ':w': { N: '1' } })), 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S');
    assert.equal(message(() => update('SET a = attribute_exists(b)')), 'Invalid UpdateExpression: The function is not allowed in an update expression; function: attribute_exists');
    assert.equal(message(() => update('SET a :v', { ':v': { N: '1' } })), 'Invalid UpdateExpression: Syntax error; token: ":v", near: "a :v"');
  });
});

describe('projection expressions', () => {
  test('top-level, nested and arr-index paths, compacted in index order', () => {
    const { projection } = compileExpressions({ ProjectionExpression: 'id, doc.a, arr[2], arr[1].deep, #x', ExpressionAttributeNames: { '#x': 'missing' } });
    assert.deepEqual(projectItem(item, projection!), {
      id: { S: 'u1' },
      doc: { M: { a: { S: 'x' } } },
      arr: { L: [{ M: { deep: { N: '7' } } }, { N: '2' }] },
    });
  });
});
