import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GetParameterCommand, GetParameterHistoryCommand, LabelParameterVersionCommand, PutParameterCommand, UnlabelParameterVersionCommand, type SSMClient,
} from '@aws-sdk/client-ssm';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM labels, selectors and GetParameterHistory', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  before(async () => ({ kumo, ssm } = await startSsm()));
  after(() => kumo.stop());

  test('labels move between versions and select them; history lists every version', async () => {
    await ssm.send(new PutParameterCommand({ Name: 'cfg', Value: 'one', Type: 'String', Description: 'd' }));
    await ssm.send(new PutParameterCommand({ Name: 'cfg', Value: 'two', Overwrite: true }));
    const labelled = await ssm.send(new LabelParameterVersionCommand({ Name: 'cfg', ParameterVersion: 1, Labels: ['stable', '1bad', 'awsx'] }));
    assert.deepEqual(labelled.InvalidLabels, ['1bad', 'awsx']);
    assert.equal(labelled.ParameterVersion, 1);
    assert.equal((await ssm.send(new GetParameterCommand({ Name: 'cfg:stable' }))).Parameter?.Value, 'one');
    assert.equal((await ssm.send(new GetParameterCommand({ Name: 'cfg:2' }))).Parameter?.Value, 'two');
    await ssm.send(new LabelParameterVersionCommand({ Name: 'cfg', Labels: ['stable'] }));
    assert.equal((await ssm.send(new GetParameterCommand({ Name: 'cfg:stable' }))).Parameter?.Version, 2);
    await assert.rejects(ssm.send(new GetParameterCommand({ Name: 'cfg:7' })), {
      name: 'ParameterVersionNotFound',
      message: 'Systems Manager could not find version 7 of cfg. Verify the version and try again.',
    });
    const history = (await ssm.send(new GetParameterHistoryCommand({ Name: 'cfg' }))).Parameters!;
    assert.deepEqual(history.map((h) => [h.Version, h.Value, h.Labels]), [[1, 'one', []], [2, 'two', ['stable']]]);
    assert.equal(history[0].LastModifiedUser, 'arn:aws:iam::000000000000:root');
    const removed = await ssm.send(new UnlabelParameterVersionCommand({ Name: 'cfg', ParameterVersion: 2, Labels: ['stable', 'nope'] }));
    assert.deepEqual(removed.RemovedLabels, ['stable']);
    assert.deepEqual(removed.InvalidLabels, ['nope']);
  });
});
