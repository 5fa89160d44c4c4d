import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modelCatalog } from '../model/index.js';
import { ServiceResolver, type RoutingFacts } from './resolve-service.js';

const resolver = new ServiceResolver(modelCatalog(), [
  { service: 'sqs', matches: (f) => /^\/\d{12}\/[^/]+$/.test(f.path) },
]);

function facts(partial: Partial<RoutingFacts>): RoutingFacts {
  return { method: 'POST', path: '/', rawQuery: '', headers: {}, hostname: '127.0.0.1', ...partial };
}

function scope(service: string) {
  return { accessKeyId: 'test', date: '20240101', region: 'us-east-1', service };
}

test('the signing name picks the service', () => {
  assert.equal(resolver.resolve(facts({ scope: scope('monitoring') }))?.entry.name, 'cloudwatch');
  assert.equal(resolver.resolve(facts({ scope: scope('sts') }))?.entry.name, 'sts');
});

test('X-Amz-Target tells apart services that share a signing name', () => {
  const streams = resolver.resolve(facts({ scope: scope('dynamodb'), headers: { 'x-amz-target': 'DynamoDBStreams_20120810.GetRecords' } }));
  assert.equal(streams?.entry.name, 'dynamodb-streams');
  const table = resolver.resolve(facts({ scope: scope('dynamodb'), headers: { 'x-amz-target': 'DynamoDB_20120810.GetItem' } }));
  assert.equal(table?.entry.name, 'dynamodb');
});

test('an unsigned request resolves by target, cbor path, path rule and host', () => {
  assert.equal(resolver.resolve(facts({ headers: { 'x-amz-target': 'AmazonSQS.SendMessage' } }))?.entry.name, 'sqs');
  const cbor = resolver.resolve(facts({ path: '/service/GraniteServiceVersion20100801/operation/ListMetrics' }));
  assert.equal(cbor?.entry.name, 'cloudwatch');
  assert.equal(cbor?.by, 'cbor-path');
  assert.equal(resolver.resolve(facts({ path: '/000000000000/my-queue' }))?.entry.name, 'sqs');
  assert.equal(resolver.resolve(facts({ hostname: 'sts.us-east-1.amazonaws.com' }))?.entry.name, 'sts');
  assert.equal(resolver.resolve(facts({ hostname: 'monitoring.localhost' }))?.entry.name, 'cloudwatch');
});

test('Action and Version find a query service', () => {
  assert.equal(resolver.resolveByAction('GetCallerIdentity', '2011-06-15')?.entry.name, 'sts');
  assert.equal(resolver.resolveByAction('DescribeRegions', '2016-11-15')?.entry.name, 'ec2');
  assert.equal(resolver.resolveByAction('NoSuchAction', '2011-06-15'), undefined);
});

test('nothing to go on resolves to nothing', () => {
  assert.equal(resolver.resolve(facts({ hostname: 'localhost', path: '/' })), undefined);
});
