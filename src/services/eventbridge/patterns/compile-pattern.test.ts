import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventPattern } from './index.js';

/** The message AWS gives, minus the location; `at` checks the location too. */
function reason(pattern: string): string {
  try {
    parseEventPattern(pattern);
  } catch (error) {
    assert.equal((error as { code?: string }).code, 'InvalidEventPatternException');
    return (error as Error).message;
  }
  assert.fail(`accepted ${pattern}`);
}

const expectReason = (pattern: string, expected: string) =>
  assert.equal(reason(pattern).split('\n')[0], `Event pattern is not valid. Reason: ${expected}`);

describe('event pattern validation', () => {
  test('locations are those of AWS (Jackson): line and column after the offending token', () => {
    const text = '{"source": ["aws.health"], "detail": {}}';
    assert.equal(reason(text), `Event pattern is not valid. Reason: Empty objects are not allowed\n at [Source: (String)"${text}"; line: 1, column: 40]`);
    const multi = '{\n  "detail-type": [ "Build Started" ],\n  "detail": {\n    "pipeline": {\n      "slug": "some-pipeline"\n    }\n  }\n}';
    assert.equal(reason(multi), `Event pattern is not valid. Reason: "slug" must be an object or an array\n at [Source: (String)"${multi}"; line: 5, column: 16]`);
  });

  test('structure errors', () => {
    expectReason('[1]', 'Filter is not an object');
    expectReason('{"source": "aws.s3"}', '"source" must be an object or an array');
    expectReason('{"source": []}', 'Empty arrays are not allowed');
    expectReason('{"source": [["a"]]}', 'Match value must be String, number, true, false, or null');
    expectReason('{"source": [{}]}', 'Match expression name not found');
    expectReason('{"source": [{"bogus": 1}]}', 'Unrecognized match type bogus');
  });

  test('JSON syntax errors carry the parser message', () => {
    expectReason('{"source": ["a"]', 'Unexpected end-of-input: expected close marker for OBJECT (start marker at [Source: (String)"{"source": ["a"]"; line: 1, column: 1])');
    expectReason("{'source': 1}", "Unexpected character (''' (code 39)): was expecting double-quote to start field name");
    expectReason('{"source": [abc]}', "Unrecognized token 'abc': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  });

  test('operator operands', () => {
    expectReason('{"a": [{"prefix": 1}]}', 'prefix match pattern must be a string');
    expectReason('{"a": [{"suffix": ["x"]}]}', 'suffix match pattern must be a string');
    expectReason('{"a": [{"prefix": {"bogus": "x"}}]}', 'Unsupported prefix pattern: bogus');
    expectReason('{"a": [{"prefix": "x", "suffix": "y"}]}', 'Only one key allowed in match expression');
    expectReason('{"a": [{"exists": "yes"}]}', 'exists match pattern must be either true or false.');
    expectReason('{"a": [{"equals-ignore-case": 5}]}', 'equals-ignore-case match pattern must be a string');
    expectReason('{"a": [{"wildcard": "a**b"}]}', 'Consecutive wildcard characters at pos 2');
    expectReason('{"a": [{"wildcard": "a\\\\b"}]}', 'Invalid escape character at pos 2');
  });

  test('anything-but operands', () => {
    expectReason('{"a": [{"anything-but": ["x", 1]}]}', 'Inside anything but list, either all values are number or string, mixed type is not supported');
    expectReason('{"a": [{"anything-but": [null]}]}', 'Inside anything but list, start|null|boolean is not supported.');
    expectReason('{"a": [{"anything-but": true}]}', 'Value of anything-but must be an array or single string/number value.');
    expectReason('{"a": [{"anything-but": {"numeric": [">", 1]}}]}', 'Unsupported anything-but pattern: numeric');
    expectReason('{"a": [{"anything-but": {"prefix": ""}}]}', 'Null prefix/suffix not allowed');
    expectReason('{"a": [{"anything-but": {"prefix": 5}}]}', 'prefix/suffix match pattern must be a string');
  });

  test('numeric operands', () => {
    expectReason('{"a": [{"numeric": 5}]}', 'Value of numeric must be an array.');
    expectReason('{"a": [{"numeric": [">", "x"]}]}', 'Value of > must be numeric');
    expectReason('{"a": [{"numeric": ["!=", 1]}]}', 'Unrecognized numeric range operator: !=');
    expectReason('{"a": [{"numeric": [">", 1, ">", 5]}]}', 'Bad numeric range operator: >');
    expectReason('{"a": [{"numeric": ["<", 1, "<", 5]}]}', 'Too many elements in numeric expression');
    expectReason('{"a": [{"numeric": [">", 5, "<", 1]}]}', 'Bottom must be less than top');
  });

  test('cidr', () => {
    assert.equal(reason('{"a": [{"cidr": "10.0.0.0"}]}'), "Event pattern is not valid. Reason: Malformed CIDR, one '/' required");
    assert.equal(reason('{"a": [{"cidr": "bogus/8"}]}'), 'Event pattern is not valid. Reason: Nonstandard IP address: bogus');
  });

  test('$or', () => {
    expectReason('{"$or": {"a": ["x"]}}', 'It must be an Array followed with $or.');
    expectReason('{"$or": [{"a": ["x"]}]}', 'There must have at least 2 Objects in $or relationship.');
    expectReason('{"$or": [{"a": ["x"]}, "b"]}', 'Only JSON object is allowed in array of $or relationship.');
    expectReason('{"$or": [{"a": ["x"]}, {"numeric": ["x"]}]}', 'numeric is Ruler reserved fieldName which cannot be used inside $or.');
  });

  test('valid patterns compile into one branch per $or alternative', () => {
    assert.equal(parseEventPattern('{"source": ["a"], "$or": [{"b": [1]}, {"c": [2]}, {"d": [3]}]}').length, 3);
    assert.equal(parseEventPattern('{"detail": {"x": [{"numeric": [">=", 0, "<", 10]}, {"exists": false}]}}').length, 1);
  });
});
