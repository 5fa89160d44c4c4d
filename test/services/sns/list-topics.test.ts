import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS ListTopics', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('pages of 100 with NextToken, only the caller\'s region', async () => {
    for (let i = 0; i < 230; i++) await sns.send(new CreateTopicCommand({ Name: `t${String(i).padStart(3, '0')}` }));
    await new SNSClient({ ...kumo.clientConfig, region: 'eu-west-1' }).send(new CreateTopicCommand({ Name: 'elsewhere' }));
    const arns: string[] = [];
    let token: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await sns.send(new ListTopicsCommand({ NextToken: token }));
      sizes.push(page.Topics?.length ?? 0);
      arns.push(...(page.Topics ?? []).map((t) => t.TopicArn!));
      token = page.NextToken;
    } while (token);
    assert.deepEqual(sizes, [100, 100, 30]);
    assert.equal(new Set(arns).size, 230);
    assert.ok(arns.every((a) => a.startsWith('arn:aws:sns:us-east-1:000000000000:t')));
  });

  test('a bad NextToken is an InvalidParameter', async () => {
    await rejects(sns.send(new ListTopicsCommand({ NextToken: 'garbage!' })), 'InvalidParameter', 'Invalid parameter: NextToken');
  });
});
