import { IMPORT_LOG_GROUP, type ImportRow } from './import-rows.js';

function logGroupArn(row: ImportRow): string {
  const [, , , region, account] = row.tableArn.split(':');
  return `arn:aws:logs:${region}:${account}:log-group:${IMPORT_LOG_GROUP}:*`;
}

/**
 * DescribeImport's ImportTableDescription. As measured on AWS: the counters are there from the
 * start (at zero until the import ends), EndTime and ProcessedSizeBytes only once known.
 */
export function importDescription(row: ImportRow): Record<string, unknown> {
  return {
    ImportArn: row.arn,
    ImportStatus: row.status,
    TableArn: row.tableArn,
    TableId: row.tableId,
    ClientToken: row.clientToken,
    S3BucketSource: row.source,
    ErrorCount: row.errorCount,
    CloudWatchLogGroupArn: logGroupArn(row),
    InputFormat: row.inputFormat,
    ...(row.csv ? { InputFormatOptions: { Csv: row.csv } } : {}),
    InputCompressionType: row.compression,
    TableCreationParameters: row.creationParameters,
    StartTime: new Date(row.startMs),
    ...(row.endMs !== undefined ? { EndTime: new Date(row.endMs) } : {}),
    ...(row.processedSizeBytes ? { ProcessedSizeBytes: row.processedSizeBytes } : {}),
    ProcessedItemCount: row.processedItemCount,
    ImportedItemCount: row.importedItemCount,
    ...(row.failureCode !== undefined ? { FailureCode: row.failureCode, FailureMessage: row.failureMessage } : {}),
  };
}

/** ListImports' ImportSummary. */
export function importSummary(row: ImportRow): Record<string, unknown> {
  return {
    ImportArn: row.arn,
    ImportStatus: row.status,
    TableArn: row.tableArn,
    S3BucketSource: row.source,
    CloudWatchLogGroupArn: logGroupArn(row),
    InputFormat: row.inputFormat,
    StartTime: new Date(row.startMs),
    ...(row.endMs !== undefined ? { EndTime: new Date(row.endMs) } : {}),
  };
}
