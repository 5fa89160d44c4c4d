import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern } from './compile-pattern.js';
import { matchPattern } from './match-pattern.js';

const matches = (pattern: unknown, event: unknown) => matchPattern(compilePattern(JSON.stringify(pattern)), event);

const ec2 = {
  version: '0', id: 'e1', 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2', account: '123456789012',
  time: '2017-10-02T18:43:48Z', region: 'us-east-1', resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-1'],
  detail: { 'instance-id': 'i-1', state: 'running', count: 5, ratio: 0.5, flag: true, nothing: null, ip: '10.0.0.42', tags: ['a', 'b'], file: 'photo.PNG', empty: '' },
};

describe('event pattern matching', () => {
  test('exact values; an array of values is an OR; fields are ANDed', () => {
    assert.equal(matches({ source: ['aws.ec2'] }, ec2), true);
    assert.equal(matches({ source: ['aws.s3', 'aws.ec2'] }, ec2), true);
    assert.equal(matches({ source: ['aws.s3'] }, ec2), false);
    assert.equal(matches({ source: ['aws.ec2'], detail: { state: ['stopped'] } }, ec2), false);
    assert.equal(matches({ source: ['AWS.EC2'] }, ec2), false, 'case-sensitive');
  });

  test('numbers, booleans, null and the empty string match only values of their type', () => {
    assert.equal(matches({ detail: { count: [5] } }, ec2), true);
    assert.equal(matches({ detail: { count: [5.0] } }, ec2), true);
    assert.equal(matches({ detail: { count: ['5'] } }, ec2), false);
    assert.equal(matches({ detail: { flag: [true] } }, ec2), true);
    assert.equal(matches({ detail: { flag: ['true'] } }, ec2), false);
    assert.equal(matches({ detail: { nothing: [null] } }, ec2), true);
    assert.equal(matches({ detail: { missing: [null] } }, ec2), false, 'null matches a null value, not an absent one');
    assert.equal(matches({ detail: { empty: [''] } }, ec2), true);
  });

  test('an array in the event matches when any element does', () => {
    assert.equal(matches({ detail: { tags: ['b'] } }, ec2), true);
    assert.equal(matches({ detail: { tags: ['c'] } }, ec2), false);
    assert.equal(matches({ resources: [{ prefix: 'arn:aws:ec2:' }] }, ec2), true);
  });

  test('fields under an array of objects must match inside the same element', () => {
    const event = { detail: { items: [{ name: 'a', size: 1 }, { name: 'b', size: 2 }] } };
    assert.equal(matches({ detail: { items: { name: ['a'], size: [1] } } }, event), true);
    assert.equal(matches({ detail: { items: { name: ['a'], size: [2] } } }, event), false);
    assert.equal(matches({ detail: { items: { name: ['b'] } } }, event), true);
  });

  test('prefix, suffix and their equals-ignore-case forms work on strings only', () => {
    assert.equal(matches({ time: [{ prefix: '2017-10-02' }] }, ec2), true);
    assert.equal(matches({ detail: { count: [{ prefix: '5' }] } }, ec2), false);
    assert.equal(matches({ detail: { file: [{ suffix: '.PNG' }] } }, ec2), true);
    assert.equal(matches({ detail: { file: [{ suffix: '.png' }] } }, ec2), false);
    assert.equal(matches({ detail: { file: [{ suffix: { 'equals-ignore-case': '.png' } }] } }, ec2), true);
    assert.equal(matches({ detail: { file: [{ prefix: { 'equals-ignore-case': 'PHOTO' } }] } }, ec2), true);
    assert.equal(matches({ detail: { state: [{ 'equals-ignore-case': 'RUNNING' }] } }, ec2), true);
  });

  test('anything-but: values, numbers, prefix, suffix, ignore-case and wildcard; an absent field never matches', () => {
    assert.equal(matches({ detail: { state: [{ 'anything-but': 'stopped' }] } }, ec2), true);
    assert.equal(matches({ detail: { state: [{ 'anything-but': ['running', 'stopped'] }] } }, ec2), false);
    assert.equal(matches({ detail: { count: [{ 'anything-but': [4, 6] }] } }, ec2), true);
    assert.equal(matches({ detail: { count: [{ 'anything-but': 5 }] } }, ec2), false);
    assert.equal(matches({ detail: { state: [{ 'anything-but': { prefix: 'run' } }] } }, ec2), false);
    assert.equal(matches({ detail: { state: [{ 'anything-but': { suffix: 'ped' } }] } }, ec2), true);
    assert.equal(matches({ detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['RUNNING'] } }] } }, ec2), false);
    assert.equal(matches({ detail: { file: [{ 'anything-but': { wildcard: '*.PNG' } }] } }, ec2), false);
    assert.equal(matches({ detail: { file: [{ 'anything-but': { wildcard: ['*.jpg', '*.gif'] } }] } }, ec2), true);
    assert.equal(matches({ detail: { missing: [{ 'anything-but': 'x' }] } }, ec2), false);
    assert.equal(matches({ detail: { tags: [{ 'anything-but': 'a' }] } }, ec2), true, 'another element differs');
  });

  test('numeric ranges and equality', () => {
    assert.equal(matches({ detail: { count: [{ numeric: ['>', 0, '<=', 5] }] } }, ec2), true);
    assert.equal(matches({ detail: { count: [{ numeric: ['>', 0, '<', 5] }] } }, ec2), false);
    assert.equal(matches({ detail: { count: [{ numeric: ['>=', 5] }] } }, ec2), true);
    assert.equal(matches({ detail: { count: [{ numeric: ['<', 5] }] } }, ec2), false);
    assert.equal(matches({ detail: { ratio: [{ numeric: ['=', 0.5] }] } }, ec2), true);
    assert.equal(matches({ detail: { state: [{ numeric: ['>', 0] }] } }, ec2), false, 'strings are not numbers');
  });

  test('exists works on leaves: objects and empty arrays count as absent', () => {
    assert.equal(matches({ detail: { state: [{ exists: true }] } }, ec2), true);
    assert.equal(matches({ detail: { nothing: [{ exists: true }] } }, ec2), true);
    assert.equal(matches({ detail: { missing: [{ exists: false }] } }, ec2), true);
    assert.equal(matches({ detail: { state: [{ exists: false }] } }, ec2), false);
    assert.equal(matches({ detail: [{ exists: true }] }, ec2), false, 'detail is an object, not a leaf');
    assert.equal(matches({ detail: { list: [{ exists: false }] } }, { detail: { list: [] } }), true);
    assert.equal(matches({ detail: { a: { b: [{ exists: false }] } } }, { detail: { a: 'scalar' } }), true);
  });

  test('cidr and plain IP values', () => {
    assert.equal(matches({ detail: { ip: [{ cidr: '10.0.0.0/24' }] } }, ec2), true);
    assert.equal(matches({ detail: { ip: [{ cidr: '10.0.1.0/24' }] } }, ec2), false);
    assert.equal(matches({ detail: { ip: ['10.0.0.42'] } }, ec2), true);
    assert.equal(matches({ ip: [{ cidr: '2001:db8::/32' }] }, { ip: '2001:0db8:0000::1' }), true);
    assert.equal(matches({ ip: [{ cidr: '2001:db8::/32' }] }, { ip: '2001:db9::1' }), false);
  });

  test('wildcard: * is any run, \\* a literal star', () => {
    assert.equal(matches({ detail: { 'instance-id': [{ wildcard: 'i-*' }] } }, ec2), true);
    assert.equal(matches({ k: [{ wildcard: 'dir/*/file*.png' }] }, { k: 'dir/a/b/file1.png' }), true);
    assert.equal(matches({ k: [{ wildcard: 'a\\*b' }] }, { k: 'a*b' }), true);
    assert.equal(matches({ k: [{ wildcard: 'a\\*b' }] }, { k: 'axb' }), false);
  });

  test('$or, at the top and nested, combined with sibling fields', () => {
    const pattern = { source: ['aws.ec2'], $or: [{ detail: { state: ['stopped'] } }, { detail: { count: [{ numeric: ['>', 3] }] } }] };
    assert.equal(matches(pattern, ec2), true);
    assert.equal(matches({ ...pattern, source: ['aws.s3'] }, ec2), false);
    const nested = { detail: { $or: [{ state: ['stopped'] }, { flag: [false] }] } };
    assert.equal(matches(nested, ec2), false);
  });

  test('several tests in one array are ORed', () => {
    assert.equal(matches({ detail: { state: ['stopped', { prefix: 'run' }] } }, ec2), true);
    assert.equal(matches({ detail: { missing: ['x', { exists: false }] } }, ec2), true);
  });
});
