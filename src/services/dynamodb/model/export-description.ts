import type { ExportRow } from './export-rows.js';

/** DescribeExport's ExportDescription: members appear as AWS shows them at each stage. */
export function exportDescription(row: ExportRow): Record<string, unknown> {
  return {
    ExportArn: row.arn,
    ExportStatus: row.status,
    StartTime: new Date(row.startMs),
    ...(row.endMs !== undefined ? { EndTime: new Date(row.endMs) } : {}),
    ...(row.manifestKey !== undefined ? { ExportManifest: row.manifestKey } : {}),
    TableArn: row.tableArn,
    TableId: row.tableId,
    ...(row.exportTimeMs !== undefined ? { ExportTime: new Date(row.exportTimeMs) } : {}),
    ClientToken: row.clientToken,
    S3Bucket: row.s3Bucket,
    ...(row.s3BucketOwner !== undefined ? { S3BucketOwner: row.s3BucketOwner } : {}),
    ...(row.s3Prefix !== undefined ? { S3Prefix: row.s3Prefix } : {}),
    ...(row.s3SseAlgorithm !== undefined ? { S3SseAlgorithm: row.s3SseAlgorithm } : {}),
    ...(row.s3SseKmsKeyId !== undefined ? { S3SseKmsKeyId: row.s3SseKmsKeyId } : {}),
    ...(row.failureCode !== undefined ? { FailureCode: row.failureCode, FailureMessage: row.failureMessage } : {}),
    ExportFormat: row.format,
    ...(row.billedSizeBytes !== undefined ? { BilledSizeBytes: row.billedSizeBytes } : {}),
    ...(row.itemCount !== undefined ? { ItemCount: row.itemCount } : {}),
    ...(row.requestedType !== undefined ? { ExportType: row.requestedType } : {}),
    ...(row.incremental
      ? {
          IncrementalExportSpecification: {
            ExportFromTime: new Date(row.incremental.fromMs),
            ExportToTime: new Date(row.incremental.toMs),
            ExportViewType: row.incremental.viewType,
          },
        }
      : {}),
  };
}

/** ListExports' ExportSummary, which always names the type. */
export function exportSummary(row: ExportRow): Record<string, unknown> {
  return { ExportArn: row.arn, ExportStatus: row.status, ExportType: row.incremental ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT' };
}
