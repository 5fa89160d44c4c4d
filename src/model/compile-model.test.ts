import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile-model.js';
import { modelCatalog } from './catalog.js';

test('restores the minifier defaults: string type, POST to /', () => {
  const model = compileModel({
    metadata: { protocol: 'json', serviceId: 'X', apiVersion: '1', endpointPrefix: 'x' },
    operations: { Op: { input: { type: 'structure', members: { Name: {} } } } },
  });
  const op = model.operations.Op!;
  assert.equal(op.http.method, 'POST');
  assert.equal(op.http.requestUri, '/');
  assert.equal(op.input.members?.Name?.type, 'string');
  assert.equal(op.output.type, 'structure');
});

test('member traits lie over the target shape without changing it', () => {
  const model = compileModel({
    metadata: { protocol: 'rest-xml', serviceId: 'X', apiVersion: '1', endpointPrefix: 'x' },
    shapes: { Stamp: { type: 'timestamp' } },
    operations: {
      Op: { input: { type: 'structure', members: { When: { shape: 'Stamp', location: 'header', locationName: 'x-when' }, Other: { shape: 'Stamp' } } } },
    },
  });
  const members = model.operations.Op!.input.members!;
  assert.equal(members.When!.type, 'timestamp');
  assert.equal(members.When!.location, 'header');
  assert.equal(members.Other!.location, undefined);
  assert.equal(model.shapes.Stamp!.location, undefined);
});

test('recursive shapes resolve to the same object', () => {
  const dynamodb = modelCatalog().model('dynamodb');
  const value = dynamodb.operations.GetItem!.input.members!.Key!.value!;
  assert.equal(value.type, 'structure');
  const nested = value.members!.M!.value!;
  assert.equal(nested.members!.M!.value, nested);
});

test('Kumo patches lay over the AWS model', () => {
  const cloudwatch = modelCatalog().model('cloudwatch');
  assert.deepEqual(cloudwatch.metadata.protocols, ['query', 'json', 'smithy-rpc-v2-cbor']);
  assert.equal(cloudwatch.metadata.targetPrefix, 'GraniteServiceVersion20100801');
  assert.equal(modelCatalog().entry('cloudwatch')?.targetPrefix, 'GraniteServiceVersion20100801');
  assert.deepEqual(cloudwatch.operations.PutMetricData!.requestCompression, ['gzip']);
});

test('the index names services by their SDK v3 package suffix', () => {
  const catalog = modelCatalog();
  assert.equal(catalog.entry('cloudwatch-logs')?.endpointPrefix, 'logs');
  assert.equal(catalog.entry('secrets-manager')?.signingName, 'secretsmanager');
  assert.equal(catalog.entry('s3')?.protocols[0], 'rest-xml');
  assert.ok(catalog.entry('lambda')?.pathPrefixes?.includes('2015-03-31'));
});
