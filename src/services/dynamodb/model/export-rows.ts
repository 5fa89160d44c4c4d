import { defineTable } from '../../../store/types.js';

export type ExportStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

/** An export to S3, keyed `<table name>/<export id>` (the id starts with its start time, so keys sort by age). */
export interface ExportRow {
  arn: string;
  id: string;
  tableName: string;
  tableArn: string;
  tableId: string;
  status: ExportStatus;
  startMs: number;
  endMs?: number;
  /** Full exports: the point in time exported. */
  exportTimeMs?: number;
  clientToken: string;
  s3Bucket: string;
  s3BucketOwner?: string;
  s3Prefix?: string;
  s3SseAlgorithm?: string;
  s3SseKmsKeyId?: string;
  format: 'DYNAMODB_JSON' | 'ION';
  /** As the request gave it: DescribeExport shows ExportType only when it was asked for. */
  requestedType?: 'FULL_EXPORT' | 'INCREMENTAL_EXPORT';
  incremental?: { fromMs: number; toMs: number; viewType: 'NEW_IMAGE' | 'NEW_AND_OLD_IMAGES' };
  /** S3 key of manifest-summary.json, once written. */
  manifestKey?: string;
  itemCount?: number;
  billedSizeBytes?: number;
  failureCode?: string;
  failureMessage?: string;
}

export const exportsTable = defineTable<ExportRow>({ service: 'dynamodb', name: 'exports', scope: 'region' });

/** ClientToken of an export, keyed by the token: which export it started, with what parameters. */
export interface TransferTokenRow {
  key: string;
  fingerprint: string;
  atMs: number;
}

export const exportTokensTable = defineTable<TransferTokenRow>({ service: 'dynamodb', name: 'export-tokens', scope: 'region' });

/** DynamoDB's ids for exports and imports: 14-digit epoch ms, a dash, 8 hex digits. */
export function transferId(nowMs: number, random: string): string {
  return `${String(nowMs).padStart(14, '0')}-${random.slice(0, 8)}`;
}

/** `<table arn>/export/<id>` or `/import/<id>` back to the row key `<table name>/<id>`; undefined if malformed. */
export function transferKeyFromArn(arn: string, kind: 'export' | 'import'): string | undefined {
  const m = new RegExp(`^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/([a-zA-Z0-9_.-]{3,255})/${kind}/(\\d{14}-[0-9a-f]{8})$`).exec(arn);
  return m ? `${m[1]}/${m[2]}` : undefined;
}
