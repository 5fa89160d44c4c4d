import { CreateTableCommand, DynamoDBClient, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

export interface DynamoFixture {
  kumo: EmbeddedKumo;
  ddb: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/** A Kumo serving DynamoDB, with a low-level client and a document client. */
export async function startDynamo(): Promise<DynamoFixture> {
  const kumo = await startTestKumo(['dynamodb']);
  const ddb = new DynamoDBClient({ ...kumo.clientConfig, maxAttempts: 1 });
  return { kumo, ddb, doc: DynamoDBDocumentClient.from(ddb) };
}

/** A table with a string partition key `pk` and, unless `hashOnly`, a string sort key `sk`. */
export async function createKeyTable(ddb: DynamoDBClient, name: string, options: { hashOnly?: boolean; sortType?: 'S' | 'N' | 'B' } & Partial<CreateTableCommandInput> = {}): Promise<void> {
  const { hashOnly, sortType, ...rest } = options;
  await ddb.send(
    new CreateTableCommand({
      TableName: name,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, ...(hashOnly ? [] : [{ AttributeName: 'sk', AttributeType: sortType ?? 'S' }])],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, ...(hashOnly ? [] : [{ AttributeName: 'sk', KeyType: 'RANGE' as const }])],
      BillingMode: 'PAY_PER_REQUEST',
      ...rest,
    }),
  );
}

/** The rejection's name, HTTP status and message, for assertions. */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; status?: number; message: string; error: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message, error: e as unknown as Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}
