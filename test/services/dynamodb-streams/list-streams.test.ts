import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { ListStreamsCommand } from '@aws-sdk/client-dynamodb-streams';
import { createKeyTable, failure } from '../dynamodb/support.js';
import { startStreams, type StreamsFixture } from './support.js';

describe('DynamoDB Streams ListStreams', () => {
  let f: StreamsFixture;
  before(async () => {
    f = await startStreams();
    for (const name of ['alpha', 'beta', 'gamma']) await createKeyTable(f.ddb, name, { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    await createKeyTable(f.ddb, 'plain', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('every stream of the region, filtered by table, paged with Limit', async () => {
    const all = await f.streams.send(new ListStreamsCommand({}));
    assert.deepEqual(all.Streams!.map((s) => s.TableName), ['alpha', 'beta', 'gamma']);
    const alphaArn = (await f.ddb.send(new DescribeTableCommand({ TableName: 'alpha' }))).Table!.LatestStreamArn;
    assert.equal(all.Streams![0]!.StreamArn, alphaArn);
    assert.match(all.Streams![0]!.StreamLabel!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
    const filtered = await f.streams.send(new ListStreamsCommand({ TableName: 'beta' }));
    assert.deepEqual(filtered.Streams!.map((s) => s.TableName), ['beta']);
    assert.deepEqual((await f.streams.send(new ListStreamsCommand({ TableName: 'plain' }))).Streams, []);
    const first = await f.streams.send(new ListStreamsCommand({ Limit: 2 }));
    assert.deepEqual(first.Streams!.map((s) => s.TableName), ['alpha', 'beta']);
    assert.equal(first.LastEvaluatedStreamArn, first.Streams![1]!.StreamArn);
    const second = await f.streams.send(new ListStreamsCommand({ Limit: 2, ExclusiveStartStreamArn: first.LastEvaluatedStreamArn }));
    assert.deepEqual(second.Streams!.map((s) => s.TableName), ['gamma']);
    assert.equal(second.LastEvaluatedStreamArn, undefined);
    const missing = await failure(f.streams.send(new ListStreamsCommand({ TableName: 'nope' })));
    assert.equal(missing.name, 'ResourceNotFoundException');
  });
});
