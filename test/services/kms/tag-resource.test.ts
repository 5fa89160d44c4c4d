import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, ListResourceTagsCommand, TagResourceCommand, UntagResourceCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS TagResource, UntagResource, ListResourceTags', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('tags from CreateKey, added, overwritten, removed', async () => {
    const key = (await kms.send(new CreateKeyCommand({ Tags: [{ TagKey: 'team', TagValue: 'a' }] }))).KeyMetadata!;
    await kms.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'env', TagValue: 'dev' }, { TagKey: 'team', TagValue: 'b' }] }));
    assert.deepEqual((await kms.send(new ListResourceTagsCommand({ KeyId: key.Arn }))).Tags, [{ TagKey: 'env', TagValue: 'dev' }, { TagKey: 'team', TagValue: 'b' }]);
    await kms.send(new UntagResourceCommand({ KeyId: key.KeyId, TagKeys: ['team'] }));
    const out = await kms.send(new ListResourceTagsCommand({ KeyId: key.KeyId }));
    assert.deepEqual(out.Tags, [{ TagKey: 'env', TagValue: 'dev' }]);
    assert.equal(out.Truncated, false);
    await assert.rejects(kms.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'aws:x', TagValue: '1' }] })), { name: 'TagException' });
  });
});
