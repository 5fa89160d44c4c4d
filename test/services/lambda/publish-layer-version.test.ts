import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddLayerVersionPermissionCommand, DeleteLayerVersionCommand, GetFunctionConfigurationCommand, GetLayerVersionCommand, GetLayerVersionPolicyCommand,
  InvokeCommand, ListLayersCommand, ListLayerVersionsCommand, PublishLayerVersionCommand, RemoveLayerVersionPermissionCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, decode, makeZip, ROLE, startLambdaKumo } from './support.js';
import { CreateFunctionCommand } from '@aws-sdk/client-lambda';

describe('Lambda layers', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda', 'cloudwatch-logs']));
  });
  after(() => kumo.stop());

  test('publish, get, list and delete versions; numbers are never reused', async () => {
    const zip = makeZip({ 'nodejs/node_modules/greet/index.js': 'module.exports = (n) => `hello ${n}`;' });
    const v1 = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'greet', Content: { ZipFile: zip }, CompatibleRuntimes: ['nodejs20.x'], Description: 'first' }));
    assert.equal(v1.$metadata.httpStatusCode, 201);
    assert.equal(v1.Version, 1);
    assert.equal(v1.LayerArn, 'arn:aws:lambda:us-east-1:000000000000:layer:greet');
    assert.equal(v1.LayerVersionArn, 'arn:aws:lambda:us-east-1:000000000000:layer:greet:1');
    assert.equal(v1.Content?.CodeSize, zip.length);
    const download = await fetch(v1.Content!.Location!);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), zip);
    const v2 = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'greet', Content: { ZipFile: zip }, CompatibleRuntimes: ['python3.12'] }));
    assert.equal(v2.Version, 2);
    const got = await lambda.send(new GetLayerVersionCommand({ LayerName: 'greet', VersionNumber: 1 }));
    assert.equal(got.Description, 'first');
    const versions = await lambda.send(new ListLayerVersionsCommand({ LayerName: 'greet' }));
    assert.deepEqual(versions.LayerVersions?.map((v) => v.Version), [2, 1]);
    const layers = await lambda.send(new ListLayersCommand({ CompatibleRuntime: 'nodejs20.x' }));
    assert.deepEqual(layers.Layers?.map((l) => [l.LayerName, l.LatestMatchingVersion?.Version]), [['greet', 1]]);
    await lambda.send(new DeleteLayerVersionCommand({ LayerName: 'greet', VersionNumber: 2 }));
    await assert.rejects(lambda.send(new GetLayerVersionCommand({ LayerName: 'greet', VersionNumber: 2 })), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.' });
    const v3 = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'greet', Content: { ZipFile: zip } }));
    assert.equal(v3.Version, 3);
  });

  test('layer permissions: add, get, remove', async () => {
    const zip = makeZip({ 'python/shared.py': 'X = 1\n' });
    await lambda.send(new PublishLayerVersionCommand({ LayerName: 'shared', Content: { ZipFile: zip } }));
    const added = await lambda.send(new AddLayerVersionPermissionCommand({ LayerName: 'shared', VersionNumber: 1, StatementId: 'everyone', Action: 'lambda:GetLayerVersion', Principal: '*' }));
    assert.deepEqual(JSON.parse(added.Statement!), { Sid: 'everyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'lambda:GetLayerVersion', Resource: 'arn:aws:lambda:us-east-1:000000000000:layer:shared:1' });
    const policy = await lambda.send(new GetLayerVersionPolicyCommand({ LayerName: 'shared', VersionNumber: 1 }));
    assert.equal(policy.RevisionId, added.RevisionId);
    assert.equal(JSON.parse(policy.Policy!).Statement.length, 1);
    await assert.rejects(lambda.send(new AddLayerVersionPermissionCommand({ LayerName: 'shared', VersionNumber: 1, StatementId: 'everyone', Action: 'lambda:GetLayerVersion', Principal: '*' })), { name: 'ResourceConflictException' });
    await lambda.send(new RemoveLayerVersionPermissionCommand({ LayerName: 'shared', VersionNumber: 1, StatementId: 'everyone' }));
    await assert.rejects(lambda.send(new GetLayerVersionPolicyCommand({ LayerName: 'shared', VersionNumber: 1 })), { name: 'ResourceNotFoundException' });
  });

  test('Node.js and Python functions find their layers\' libraries (the /opt equivalent)', async () => {
    const node = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'node-lib', Content: { ZipFile: makeZip({ 'nodejs/node_modules/greet/index.js': 'module.exports = (n) => `hello ${n}`;' }) } }));
    await createNodeFunction(lambda, 'uses-layer', 'const greet = require("greet"); exports.handler = async () => ({ text: greet("kumo"), opt: process.env.KUMO_LAYERS_DIR });', { Layers: [node.LayerVersionArn!] }, 'index.js');
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'uses-layer' }));
    assert.equal(config.Layers?.[0]?.CodeSize, (await lambda.send(new GetLayerVersionCommand({ LayerName: 'node-lib', VersionNumber: 1 }))).Content?.CodeSize);
    const out = decode((await lambda.send(new InvokeCommand({ FunctionName: 'uses-layer' }))).Payload) as { text: string; opt: string };
    assert.equal(out.text, 'hello kumo');
    assert.match(out.opt, /\/opt\/[0-9a-f]{32}$/);

    const py = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'py-lib', Content: { ZipFile: makeZip({ 'python/shared_lib.py': 'def answer():\n    return 42\n' }) } }));
    await lambda.send(new CreateFunctionCommand({
      FunctionName: 'py-layer', Runtime: 'python3.12', Role: ROLE, Handler: 'app.handler', Layers: [py.LayerVersionArn!],
      Code: { ZipFile: makeZip({ 'app.py': 'import shared_lib\ndef handler(event, context):\n    return {"answer": shared_lib.answer()}\n' }) },
    }));
    assert.deepEqual(decode((await lambda.send(new InvokeCommand({ FunctionName: 'py-layer' }))).Payload), { answer: 42 });
  });
});
