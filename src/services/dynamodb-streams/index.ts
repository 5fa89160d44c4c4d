import { defineService } from '../define-service.js';
import { describeStream } from './operations/describe-stream.js';
import { getRecords } from './operations/get-records.js';
import { getShardIterator } from './operations/get-shard-iterator.js';
import { listStreams } from './operations/list-streams.js';
import { acceptStreamOwner } from './model/stream-owner-scope.js';

export { readStreamRecords } from './model/read-stream-records.js';

/** DynamoDB Streams: reads the stream records DynamoDB's item writes append (src/services/dynamodb/model/streams.ts). */
export const dynamodbStreamsService = defineService({
  name: 'dynamodb-streams',
  operations: {
    DescribeStream: acceptStreamOwner(describeStream),
    GetRecords: acceptStreamOwner(getRecords),
    GetShardIterator: acceptStreamOwner(getShardIterator),
    ListStreams: listStreams,
  },
});
