import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListTagsOfResourceCommand, UntagResourceCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB UntagResource', () => {
  let f: DynamoFixture;
  const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/untagged';
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'untagged', { hashOnly: true, Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] });
  });
  after(() => f.kumo.stop());

  test('removes the named keys, ignores unknown ones', async () => {
    await f.ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a', 'zzz'] }));
    assert.deepEqual((await f.ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'b', Value: '2' }]);
    assert.equal((await failure(f.ddb.send(new UntagResourceCommand({ ResourceArn: 'not-an-arn', TagKeys: ['a'] })))).name, 'ValidationException');
  });
});
