import { randomBytes, randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { resourceInUse, validation } from '../errors.js';
import { transferId } from '../model/export-rows.js';
import { importDescription } from '../model/import-description.js';
import { runImport } from '../model/import-job.js';
import { importsTable, importTokensTable, type CsvOptions, type ImportRow, type S3BucketSource } from '../model/import-rows.js';
import { importTableRecord, type TableCreationParameters } from '../model/import-table-record.js';
import { runInBackground, trackJob } from '../model/job-runtime.js';
import { checkBucketName, checkClientToken, checkEnum, constraint, importConflict } from '../model/transfer-errors.js';
import { tablesTable } from '../store.js';

export interface ImportTableInput {
  ClientToken?: string;
  S3BucketSource?: Partial<S3BucketSource>;
  InputFormat?: string;
  InputFormatOptions?: { Csv?: CsvOptions };
  InputCompressionType?: string;
  TableCreationParameters?: TableCreationParameters;
}

/** A ClientToken keeps its import for eight hours, as DynamoDB documents. */
const TOKEN_TTL_MS = 8 * 60 * 60 * 1000;
const DELIMITERS = [',', '\t', ':', ';', '|', ' '];

function checkSource(source: Partial<S3BucketSource> | undefined): S3BucketSource {
  if (source === undefined) throw constraint(undefined, 's3BucketSource', 'not be null');
  const bucket = checkBucketName(source.S3Bucket, 's3BucketSource.s3Bucket');
  if (source.S3BucketOwner !== undefined && !/^[0-9]{12}$/.test(source.S3BucketOwner)) {
    throw constraint(source.S3BucketOwner, 's3BucketSource.s3BucketOwner', 'satisfy regular expression pattern: [0-9]{12}');
  }
  if (source.S3KeyPrefix !== undefined && source.S3KeyPrefix.length > 1024) {
    throw constraint(source.S3KeyPrefix, 's3BucketSource.s3KeyPrefix', 'have length less than or equal to 1024');
  }
  return {
    S3Bucket: bucket,
    ...(source.S3BucketOwner !== undefined ? { S3BucketOwner: source.S3BucketOwner } : {}),
    ...(source.S3KeyPrefix !== undefined ? { S3KeyPrefix: source.S3KeyPrefix } : {}),
  };
}

function checkCsv(options: ImportTableInput['InputFormatOptions'], format: string): CsvOptions | undefined {
  if (options === undefined) return undefined;
  if (format !== 'CSV') throw validation(`InputFormatOptions can only be specified with the CSV InputFormat, not ${format}`);
  const csv = options.Csv;
  if (csv === undefined) return undefined;
  if (csv.Delimiter !== undefined && !DELIMITERS.includes(csv.Delimiter)) {
    throw constraint(csv.Delimiter, 'inputFormatOptions.csv.delimiter', 'satisfy regular expression pattern: [,;:|\\t ]');
  }
  if (csv.HeaderList !== undefined && csv.HeaderList.length === 0) throw constraint('[]', 'inputFormatOptions.csv.headerList', 'have length greater than or equal to 1');
  return { ...(csv.Delimiter !== undefined ? { Delimiter: csv.Delimiter } : {}), ...(csv.HeaderList !== undefined ? { HeaderList: [...csv.HeaderList] } : {}) };
}

/**
 * Starts loading a new table from objects in Kumo's S3 (DynamoDB JSON, Ion or CSV; gzip,
 * zstd or none). The table appears, ACTIVE and filled, when the background import ends;
 * DescribeImport shows IN_PROGRESS until then.
 */
export function importTable(input: ImportTableInput, ctx: OperationContext): { ImportTableDescription: Record<string, unknown> } {
  // DynamoDB refuses a request without a token (SDKs always fill one in).
  if (input.ClientToken === undefined) throw constraint(undefined, 'clientToken', 'not be null');
  const token = checkClientToken(input.ClientToken)!;
  const source = checkSource(input.S3BucketSource);
  if (input.InputFormat === undefined) throw constraint(undefined, 'inputFormat', 'not be null');
  const format = checkEnum(input.InputFormat, 'inputFormat', ['DYNAMODB_JSON', 'ION', 'CSV'] as const)!;
  const compression = checkEnum(input.InputCompressionType, 'inputCompressionType', ['GZIP', 'ZSTD', 'NONE'] as const) ?? 'NONE';
  const csv = checkCsv(input.InputFormatOptions, format);
  const now = ctx.clock.now();
  const table = importTableRecord(input.TableCreationParameters, ctx, randomUUID(), now);

  // An existing table is refused before the token is looked at, as DynamoDB does.
  const imports = ctx.table(importsTable);
  if (ctx.table(tablesTable).has(table.name)) throw resourceInUse(`Table already exists: ${table.name}`);
  const tokens = ctx.table(importTokensTable);
  const previous = tokens.get(token);
  if (previous && now - previous.atMs < TOKEN_TTL_MS) {
    // Only the target table counts: the same token with another source returns the first import.
    if (previous.fingerprint !== table.name) throw importConflict();
    const row = imports.get(previous.key);
    if (row) return { ImportTableDescription: importDescription(row) };
  }
  if (imports.list({ prefix: `${table.name}/` }).some((r) => r.value.status === 'IN_PROGRESS')) throw resourceInUse(`Table already exists: ${table.name}`);

  const id = transferId(now, randomBytes(4).toString('hex'));
  const row: ImportRow = {
    arn: `${table.arn}/import/${id}`,
    id,
    tableName: table.name,
    tableArn: table.arn,
    tableId: table.id,
    status: 'IN_PROGRESS',
    clientToken: token,
    source,
    inputFormat: format,
    ...(csv ? { csv } : {}),
    compression,
    creationParameters: JSON.parse(JSON.stringify(input.TableCreationParameters)) as Record<string, unknown>,
    table,
    startMs: now,
    processedItemCount: 0,
    importedItemCount: 0,
    errorCount: 0,
  };
  const key = `${table.name}/${id}`;
  ctx.store.transaction(() => {
    imports.put(key, row);
    tokens.put(token, { key, fingerprint: table.name, atMs: now });
    trackJob(ctx, 'import', key);
  });
  runInBackground(ctx, (job) => runImport(job, key));
  return { ImportTableDescription: importDescription(row) };
}
