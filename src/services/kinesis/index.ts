import { defineService } from '../define-service.js';
import { addTagsToStream } from './operations/add-tags-to-stream.js';
import { createStream } from './operations/create-stream.js';
import { decreaseStreamRetentionPeriod } from './operations/decrease-stream-retention-period.js';
import { deleteStream } from './operations/delete-stream.js';
import { deregisterStreamConsumer } from './operations/deregister-stream-consumer.js';
import { describeLimits } from './operations/describe-limits.js';
import { describeStreamConsumer } from './operations/describe-stream-consumer.js';
import { describeStreamSummary } from './operations/describe-stream-summary.js';
import { describeStream } from './operations/describe-stream.js';
import { disableEnhancedMonitoring } from './operations/disable-enhanced-monitoring.js';
import { enableEnhancedMonitoring } from './operations/enable-enhanced-monitoring.js';
import { getRecords } from './operations/get-records.js';
import { getShardIterator } from './operations/get-shard-iterator.js';
import { increaseStreamRetentionPeriod } from './operations/increase-stream-retention-period.js';
import { listShards } from './operations/list-shards.js';
import { listStreamConsumers } from './operations/list-stream-consumers.js';
import { listStreams } from './operations/list-streams.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { listTagsForStream } from './operations/list-tags-for-stream.js';
import { mergeShards } from './operations/merge-shards.js';
import { putRecord } from './operations/put-record.js';
import { putRecords } from './operations/put-records.js';
import { registerStreamConsumer } from './operations/register-stream-consumer.js';
import { removeTagsFromStream } from './operations/remove-tags-from-stream.js';
import { splitShard } from './operations/split-shard.js';
import { startStreamEncryption } from './operations/start-stream-encryption.js';
import { stopStreamEncryption } from './operations/stop-stream-encryption.js';
import { tagResource } from './operations/tag-resource.js';
import { untagResource } from './operations/untag-resource.js';
import { updateShardCount } from './operations/update-shard-count.js';
import { updateStreamMode } from './operations/update-stream-mode.js';

export const kinesisService = defineService({
  name: 'kinesis',
  operations: {
    AddTagsToStream: addTagsToStream,
    CreateStream: createStream,
    DecreaseStreamRetentionPeriod: decreaseStreamRetentionPeriod,
    DeleteStream: deleteStream,
    DeregisterStreamConsumer: deregisterStreamConsumer,
    DescribeLimits: describeLimits,
    DescribeStream: describeStream,
    DescribeStreamConsumer: describeStreamConsumer,
    DescribeStreamSummary: describeStreamSummary,
    DisableEnhancedMonitoring: disableEnhancedMonitoring,
    EnableEnhancedMonitoring: enableEnhancedMonitoring,
    GetRecords: getRecords,
    GetShardIterator: getShardIterator,
    IncreaseStreamRetentionPeriod: increaseStreamRetentionPeriod,
    ListShards: listShards,
    ListStreamConsumers: listStreamConsumers,
    ListStreams: listStreams,
    ListTagsForResource: listTagsForResource,
    ListTagsForStream: listTagsForStream,
    MergeShards: mergeShards,
    PutRecord: putRecord,
    PutRecords: putRecords,
    RegisterStreamConsumer: registerStreamConsumer,
    RemoveTagsFromStream: removeTagsFromStream,
    SplitShard: splitShard,
    StartStreamEncryption: startStreamEncryption,
    StopStreamEncryption: stopStreamEncryption,
    TagResource: tagResource,
    UntagResource: untagResource,
    UpdateShardCount: updateShardCount,
    UpdateStreamMode: updateStreamMode,
  },
});
