import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreatePlatformApplicationCommand, ListPlatformApplicationsCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSns } from './sns-test-kit.js';

describe('SNS ListPlatformApplications', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('lists the region\'s applications with their visible attributes', async () => {
    assert.deepEqual((await sns.send(new ListPlatformApplicationsCommand({}))).PlatformApplications ?? [], []);
    await sns.send(new CreatePlatformApplicationCommand({ Name: 'droid', Platform: 'GCM', Attributes: { PlatformCredential: 'k' } }));
    await sns.send(new CreatePlatformApplicationCommand({ Name: 'kindle', Platform: 'ADM', Attributes: { PlatformCredential: 'secret', PlatformPrincipal: 'client' } }));
    const { PlatformApplications, NextToken } = await sns.send(new ListPlatformApplicationsCommand({}));
    assert.equal(NextToken, undefined);
    assert.deepEqual(PlatformApplications, [
      { PlatformApplicationArn: 'arn:aws:sns:us-east-1:000000000000:app/ADM/kindle', Attributes: { Enabled: 'true' } },
      { PlatformApplicationArn: 'arn:aws:sns:us-east-1:000000000000:app/GCM/droid', Attributes: { Enabled: 'true' } },
    ]);
    const other = new SNSClient({ ...kumo.clientConfig, region: 'eu-west-1' });
    assert.deepEqual((await other.send(new ListPlatformApplicationsCommand({}))).PlatformApplications ?? [], []);
  });
});
