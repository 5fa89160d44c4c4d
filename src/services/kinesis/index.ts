import { defineService } from '../define-service.js';
import { addTagsToStream } from './operations/add-tags-to-stream.js';
import { createStream } from './operations/create-stream.js';
import { decreaseStreamRetentionPeriod } from './operations/decrease-stream-retention-period.js';
import { deleteStream } from './operations/delete-stream.js';
import { describeStreamSummary } from './operations/describe-stream-summary.js';
import { describeStream } from './operations/describe-stream.js';
import { getRecords } from './operations/get-records.js';
import { getShardIterator } from './operations/get-shard-iterator.js';
import { increaseStreamRetentionPeriod } from './operations/increase-stream-retention-period.js';
import { listShards } from './operations/list-shards.js';
import { listStreams } from './operations/list-streams.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { listTagsForStream } from './operations/list-tags-for-stream.js';
import { mergeShards } from './operations/merge-shards.js';
import { putRecord } from './operations/put-record.js';
import { putRecords } from './operations/put-records.js';
import { removeTagsFromStream } from './operations/remove-tags-from-stream.js';
import { splitShard } from './operations/split-shard.js';
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
    DescribeStream: describeStream,
    DescribeStreamSummary: describeStreamSummary,
    GetRecords: getRecords,
    GetShardIterator: getShardIterator,
    IncreaseStreamRetentionPeriod: increaseStreamRetentionPeriod,
    ListShards: listShards,
    ListStreams: listStreams,
    ListTagsForResource: listTagsForResource,
    ListTagsForStream: listTagsForStream,
    MergeShards: mergeShards,
    PutRecord: putRecord,
    PutRecords: putRecords,
    RemoveTagsFromStream: removeTagsFromStream,
    SplitShard: splitShard,
    TagResource: tagResource,
    UntagResource: untagResource,
    UpdateShardCount: updateShardCount,
    UpdateStreamMode: updateStreamMode,
  },
});
