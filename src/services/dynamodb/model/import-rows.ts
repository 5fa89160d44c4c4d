import { defineTable } from '../../../store/types.js';
import type { TransferTokenRow } from './export-rows.js';
import type { TableRecord } from '../store.js';

export type ImportStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

export interface S3BucketSource {
  S3Bucket: string;
  S3BucketOwner?: string;
  S3KeyPrefix?: string;
}

export interface CsvOptions {
  Delimiter?: string;
  HeaderList?: string[];
}

/** An import from S3, keyed `<table name>/<import id>`. */
export interface ImportRow {
  arn: string;
  id: string;
  tableName: string;
  tableArn: string;
  tableId: string;
  status: ImportStatus;
  clientToken: string;
  source: S3BucketSource;
  inputFormat: 'DYNAMODB_JSON' | 'ION' | 'CSV';
  csv?: CsvOptions;
  compression: 'GZIP' | 'ZSTD' | 'NONE';
  /** TableCreationParameters as the request gave them, for DescribeImport. */
  creationParameters: Record<string, unknown>;
  /** The table the import creates once its source is readable. */
  table: TableRecord;
  startMs: number;
  endMs?: number;
  processedSizeBytes?: number;
  processedItemCount: number;
  importedItemCount: number;
  errorCount: number;
  failureCode?: string;
  failureMessage?: string;
}

export const importsTable = defineTable<ImportRow>({ service: 'dynamodb', name: 'imports', scope: 'region' });

/** ClientToken of an import, keyed by the token; the fingerprint is the target table's name. */
export const importTokensTable = defineTable<TransferTokenRow>({ service: 'dynamodb', name: 'import-tokens', scope: 'region' });

/** Import errors go to this CloudWatch Logs group, one stream per import. */
export const IMPORT_LOG_GROUP = '/aws-dynamodb/imports';
