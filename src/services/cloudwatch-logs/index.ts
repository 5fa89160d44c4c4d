import { defineService } from '../define-service.js';
import { associateKmsKey, disassociateKmsKey } from './operations/associate-kms-key.js';
import { createLogGroup } from './operations/create-log-group.js';
import { createLogStream } from './operations/create-log-stream.js';
import { deleteLogGroup } from './operations/delete-log-group.js';
import { deleteLogStream } from './operations/delete-log-stream.js';
import { deleteRetentionPolicy } from './operations/delete-retention-policy.js';
import { describeLogGroups } from './operations/describe-log-groups.js';
import { describeLogStreams } from './operations/describe-log-streams.js';
import { filterLogEvents } from './operations/filter-log-events.js';
import { getLogEvents } from './operations/get-log-events.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { putLogEvents } from './operations/put-log-events.js';
import { deleteMetricFilter, describeMetricFilters, putMetricFilter, testMetricFilter } from './operations/put-metric-filter.js';
import { deleteSubscriptionFilter, describeSubscriptionFilters, putSubscriptionFilter } from './operations/put-subscription-filter.js';
import { describeQueries, getQueryResults, startQuery, stopQuery } from './operations/start-query.js';
import { putRetentionPolicy } from './operations/put-retention-policy.js';
import { listTagsLogGroup, tagLogGroup, untagLogGroup } from './operations/tag-log-group.js';
import { tagResource } from './operations/tag-resource.js';
import { untagResource } from './operations/untag-resource.js';

export const cloudwatchLogsService = defineService({
  name: 'cloudwatch-logs',
  operations: {
    AssociateKmsKey: associateKmsKey,
    CreateLogGroup: createLogGroup,
    CreateLogStream: createLogStream,
    DeleteLogGroup: deleteLogGroup,
    DeleteLogStream: deleteLogStream,
    DeleteMetricFilter: deleteMetricFilter,
    DeleteRetentionPolicy: deleteRetentionPolicy,
    DeleteSubscriptionFilter: deleteSubscriptionFilter,
    DescribeLogGroups: describeLogGroups,
    DescribeLogStreams: describeLogStreams,
    DescribeMetricFilters: describeMetricFilters,
    DescribeQueries: describeQueries,
    DescribeSubscriptionFilters: describeSubscriptionFilters,
    DisassociateKmsKey: disassociateKmsKey,
    FilterLogEvents: filterLogEvents,
    GetLogEvents: getLogEvents,
    GetQueryResults: getQueryResults,
    ListTagsForResource: listTagsForResource,
    ListTagsLogGroup: listTagsLogGroup,
    PutLogEvents: putLogEvents,
    PutMetricFilter: putMetricFilter,
    PutRetentionPolicy: putRetentionPolicy,
    PutSubscriptionFilter: putSubscriptionFilter,
    StartQuery: startQuery,
    StopQuery: stopQuery,
    TagLogGroup: tagLogGroup,
    TagResource: tagResource,
    TestMetricFilter: testMetricFilter,
    UntagLogGroup: untagLogGroup,
    UntagResource: untagResource,
  },
});
