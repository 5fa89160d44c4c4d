import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListTagsOfResourceCommand, TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB TagResource, UntagResource, ListTagsOfResource', () => {
  let f: DynamoFixture;
  const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/tagged';
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'tagged', { hashOnly: true, Tags: [{ Key: 'a', Value: '1' }] });
  });
  after(() => f.kumo.stop());

  test('tags added, replaced and removed', async () => {
    await f.ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }] }));
    assert.deepEqual((await f.ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }]);
    await f.ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a'] }));
    assert.deepEqual((await f.ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'b', Value: '3' }]);
  });

  test('an unknown table ARN', async () => {
    const out = await failure(f.ddb.send(new ListTagsOfResourceCommand({ ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/none' })));
    assert.equal(out.name, 'ResourceNotFoundException');
  });
});
