import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB ListTagsOfResource', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'listed', { hashOnly: true, Tags: [{ Key: 'env', Value: 'dev' }] });
    await createKeyTable(f.ddb, 'bare', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('the tags given at creation; none for an untagged table', async () => {
    assert.deepEqual((await f.ddb.send(new ListTagsOfResourceCommand({ ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/listed' }))).Tags, [{ Key: 'env', Value: 'dev' }]);
    assert.deepEqual((await f.ddb.send(new ListTagsOfResourceCommand({ ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/bare' }))).Tags, []);
  });
});
