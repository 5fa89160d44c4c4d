import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListOriginationNumbersCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSns } from './sns-test-kit.js';

describe('SNS ListOriginationNumbers', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('a Kumo account owns no origination numbers; MaxResults is 1 to 30', async () => {
    assert.deepEqual((await sns.send(new ListOriginationNumbersCommand({ MaxResults: 30 }))).PhoneNumbers ?? [], []);
    await assert.rejects(sns.send(new ListOriginationNumbersCommand({ MaxResults: 31 })), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'ValidationException');
      assert.equal(error.message, "1 validation error detected: Value '31' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 30");
      return true;
    });
  });
});
