import { registerResourcePolicyProvider } from '../../policy/index.js';
import { defineService, type ServiceRuntime } from '../define-service.js';
import { acceptResourceArn, acceptTableArn } from './model/table-arn-scope.js';
import { dynamodbResourcePolicy } from './model/resource-policy.js';
import { deleteResourcePolicy } from './operations/delete-resource-policy.js';
import { createGlobalTable } from './operations/create-global-table.js';
import { describeGlobalTable } from './operations/describe-global-table.js';
import { describeGlobalTableSettings } from './operations/describe-global-table-settings.js';
import { listGlobalTables } from './operations/list-global-tables.js';
import { updateGlobalTable } from './operations/update-global-table.js';
import { updateGlobalTableSettings } from './operations/update-global-table-settings.js';
import { describeContributorInsights } from './operations/describe-contributor-insights.js';
import { listContributorInsights } from './operations/list-contributor-insights.js';
import { updateContributorInsights } from './operations/update-contributor-insights.js';
import { getResourcePolicy } from './operations/get-resource-policy.js';
import { putResourcePolicy } from './operations/put-resource-policy.js';
import { batchExecuteStatement } from './operations/batch-execute-statement.js';
import { batchGetItem } from './operations/batch-get-item.js';
import { batchWriteItem } from './operations/batch-write-item.js';
import { createTable } from './operations/create-table.js';
import { deleteItem } from './operations/delete-item.js';
import { deleteTable } from './operations/delete-table.js';
import { createBackup } from './operations/create-backup.js';
import { deleteBackup } from './operations/delete-backup.js';
import { describeBackup } from './operations/describe-backup.js';
import { describeContinuousBackups } from './operations/describe-continuous-backups.js';
import { listBackups } from './operations/list-backups.js';
import { restoreTableFromBackup } from './operations/restore-table-from-backup.js';
import { restoreTableToPointInTime } from './operations/restore-table-to-point-in-time.js';
import { updateContinuousBackups } from './operations/update-continuous-backups.js';
import { describeEndpoints } from './operations/describe-endpoints.js';
import { describeExport } from './operations/describe-export.js';
import { describeImport } from './operations/describe-import.js';
import { exportTableToPointInTime } from './operations/export-table-to-point-in-time.js';
import { importTable } from './operations/import-table.js';
import { listExports } from './operations/list-exports.js';
import { listImports } from './operations/list-imports.js';
import { forgetJobRuntime, registerJobRuntime } from './model/job-runtime.js';
import { resumeJobs } from './model/resume-jobs.js';
import { describeLimits } from './operations/describe-limits.js';
import { describeTable } from './operations/describe-table.js';
import { describeTimeToLive } from './operations/describe-time-to-live.js';
import { executeStatement } from './operations/execute-statement.js';
import { executeTransaction } from './operations/execute-transaction.js';
import { getItem } from './operations/get-item.js';
import { listTables } from './operations/list-tables.js';
import { listTagsOfResource } from './operations/list-tags-of-resource.js';
import { putItem } from './operations/put-item.js';
import { query } from './operations/query.js';
import { scan } from './operations/scan.js';
import { tagResource } from './operations/tag-resource.js';
import { transactGetItems } from './operations/transact-get-items.js';
import { transactWriteItems } from './operations/transact-write-items.js';
import { untagResource } from './operations/untag-resource.js';
import { updateItem } from './operations/update-item.js';
import { updateTable } from './operations/update-table.js';
import { describeTableReplicaAutoScaling } from './operations/describe-table-replica-auto-scaling.js';
import { updateTableReplicaAutoScaling } from './operations/update-table-replica-auto-scaling.js';
import { updateTimeToLive } from './operations/update-time-to-live.js';
import { startDynamoDbWorkers } from './workers.js';
import { startKinesisOutbox, stopKinesisOutbox } from './model/kinesis-outbox.js';
import { describeKinesisStreamingDestination } from './operations/describe-kinesis-streaming-destination.js';
import { disableKinesisStreamingDestination } from './operations/disable-kinesis-streaming-destination.js';
import { enableKinesisStreamingDestination } from './operations/enable-kinesis-streaming-destination.js';
import { updateKinesisStreamingDestination } from './operations/update-kinesis-streaming-destination.js';

/** Each Kumo's sweep, by its scheduler (several Kumos can run in one process). */
const sweeps = new Map<ServiceRuntime['scheduler'], () => void>();

export const dynamodbService = defineService({
  name: 'dynamodb',
  operations: {
    BatchExecuteStatement: batchExecuteStatement,
    BatchGetItem: batchGetItem,
    BatchWriteItem: batchWriteItem,
    CreateBackup: createBackup,
    CreateGlobalTable: createGlobalTable,
    CreateTable: createTable,
    DeleteBackup: deleteBackup,
    DeleteItem: acceptTableArn(deleteItem),
    DeleteResourcePolicy: deleteResourcePolicy,
    DeleteTable: acceptTableArn(deleteTable),
    DescribeBackup: describeBackup,
    DescribeContinuousBackups: describeContinuousBackups,
    DescribeContributorInsights: describeContributorInsights,
    DescribeEndpoints: describeEndpoints,
    DescribeGlobalTable: describeGlobalTable,
    DescribeGlobalTableSettings: describeGlobalTableSettings,
    DescribeExport: describeExport,
    DescribeImport: describeImport,
    DescribeKinesisStreamingDestination: describeKinesisStreamingDestination,
    DescribeLimits: describeLimits,
    DescribeTable: acceptTableArn(describeTable),
    DescribeTableReplicaAutoScaling: acceptTableArn(describeTableReplicaAutoScaling),
    DescribeTimeToLive: describeTimeToLive,
    DisableKinesisStreamingDestination: disableKinesisStreamingDestination,
    EnableKinesisStreamingDestination: enableKinesisStreamingDestination,
    ExecuteStatement: executeStatement,
    ExecuteTransaction: executeTransaction,
    ExportTableToPointInTime: exportTableToPointInTime,
    GetItem: acceptTableArn(getItem),
    GetResourcePolicy: getResourcePolicy,
    ImportTable: importTable,
    ListBackups: listBackups,
    ListExports: listExports,
    ListImports: listImports,
    ListContributorInsights: listContributorInsights,
    ListGlobalTables: listGlobalTables,
    ListTables: listTables,
    ListTagsOfResource: acceptResourceArn(listTagsOfResource),
    PutItem: acceptTableArn(putItem),
    PutResourcePolicy: putResourcePolicy,
    Query: acceptTableArn(query),
    RestoreTableFromBackup: restoreTableFromBackup,
    RestoreTableToPointInTime: restoreTableToPointInTime,
    Scan: acceptTableArn(scan),
    TagResource: acceptResourceArn(tagResource),
    TransactGetItems: transactGetItems,
    TransactWriteItems: transactWriteItems,
    UntagResource: acceptResourceArn(untagResource),
    UpdateContinuousBackups: updateContinuousBackups,
    UpdateContributorInsights: updateContributorInsights,
    UpdateGlobalTable: updateGlobalTable,
    UpdateGlobalTableSettings: updateGlobalTableSettings,
    UpdateKinesisStreamingDestination: updateKinesisStreamingDestination,
    UpdateItem: acceptTableArn(updateItem),
    UpdateTable: acceptTableArn(updateTable),
    UpdateTableReplicaAutoScaling: acceptTableArn(updateTableReplicaAutoScaling),
    UpdateTimeToLive: updateTimeToLive,
  },
  lifecycle: {
    start(runtime) {
      sweeps.get(runtime.scheduler)?.();
      sweeps.set(runtime.scheduler, startDynamoDbWorkers(runtime));
      registerJobRuntime(runtime);
      resumeJobs(runtime);
      startKinesisOutbox(runtime);
    },
    stop(runtime) {
      sweeps.get(runtime.scheduler)?.();
      sweeps.delete(runtime.scheduler);
      forgetJobRuntime(runtime);
      stopKinesisOutbox(runtime);
    },
  },
});

registerResourcePolicyProvider('dynamodb', dynamodbResourcePolicy);
// DynamoDB Streams calls are authorized against the stream's policy (the provider reads stream ARNs too).
registerResourcePolicyProvider('dynamodb-streams', dynamodbResourcePolicy);
