import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { boto3 } from '../../support/cli-clients.js';

describe('Kinesis scenario with boto3', () => {
  let kumo: EmbeddedKumo;
  before(async () => (kumo = await startTestKumo(['kinesis'])));
  after(() => kumo.stop());

  test('create, wait, write, read from each position, reshard, error', async () => {
    const py = await boto3(kumo.url, `
from botocore.exceptions import ClientError
k = boto3.client('kinesis', endpoint_url=ENDPOINT)
out = {}
k.create_stream(StreamName='py-stream', ShardCount=2)
k.get_waiter('stream_exists').wait(StreamName='py-stream', WaiterConfig={'Delay': 1, 'MaxAttempts': 3})
one = k.put_record(StreamName='py-stream', Data=b'first', PartitionKey='a')
batch = k.put_records(StreamName='py-stream', Records=[{'Data': b'second', 'PartitionKey': 'a'}, {'Data': b'third', 'PartitionKey': 'b'}])
out['batch'] = [batch['FailedRecordCount'], [r['ShardId'] for r in batch['Records']]]
it = k.get_shard_iterator(StreamName='py-stream', ShardId=one['ShardId'], ShardIteratorType='AFTER_SEQUENCE_NUMBER', StartingSequenceNumber=one['SequenceNumber'])['ShardIterator']
got = k.get_records(ShardIterator=it)
out['after'] = [r['Data'].decode() for r in got['Records']]
out['arrival'] = type(got['Records'][0]['ApproximateArrivalTimestamp']).__name__
it = k.get_shard_iterator(StreamName='py-stream', ShardId=one['ShardId'], ShardIteratorType='TRIM_HORIZON')['ShardIterator']
out['trim'] = [r['Data'].decode() for r in k.get_records(ShardIterator=it, Limit=1)['Records']]
k.update_shard_count(StreamName='py-stream', TargetShardCount=4, ScalingType='UNIFORM_SCALING')
out['open'] = k.describe_stream_summary(StreamName='py-stream')['StreamDescriptionSummary']['OpenShardCount']
out['shards'] = len(k.list_shards(StreamName='py-stream')['Shards'])
try:
    k.describe_stream(StreamName='nope')
except ClientError as e:
    out['error'] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
k.delete_stream(StreamName='py-stream')
out['left'] = k.list_streams()['StreamNames']
print(json.dumps(out))
`);
    assert.equal(py.status, 0, py.stderr);
    const out = JSON.parse(py.stdout) as Record<string, unknown>;
    assert.deepEqual(out.batch, [0, ['shardId-000000000000', 'shardId-000000000001']]);
    assert.deepEqual(out.after, ['second']);
    assert.equal(out.arrival, 'datetime');
    assert.deepEqual(out.trim, ['first']);
    assert.equal(out.open, 4);
    assert.equal(out.shards, 6);
    assert.deepEqual(out.error, ['ResourceNotFoundException', 'Stream nope under account 000000000000 not found.', 400]);
    assert.deepEqual(out.left, []);
  });
});
