import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidParameter, limitExceeded, resourceInUse, validation } from '../errors.js';
import { describeTable } from '../model/describe-table.js';
import { checkDefinitionsUsed, checkIndex, checkKeySchema, checkName, checkThroughput, definitionMap, type IndexInput, type ThroughputInput } from '../model/table-schema.js';
import { openStream } from '../model/streams.js';
import { tablesTable, type KeySchemaElement, type TableRecord } from '../store.js';
import { checkTags } from './tag-resource.js';
import { checkViewType } from '../model/streams.js';
import { checkPolicy, checkSelfLockout, nextRevisionId, resourcePoliciesTable } from '../model/resource-policy.js';

export interface CreateTableInput {
  TableName?: string;
  AttributeDefinitions?: Array<{ AttributeName?: string; AttributeType?: string }>;
  KeySchema?: KeySchemaElement[];
  LocalSecondaryIndexes?: IndexInput[];
  GlobalSecondaryIndexes?: IndexInput[];
  BillingMode?: string;
  ProvisionedThroughput?: ThroughputInput;
  StreamSpecification?: { StreamEnabled?: boolean; StreamViewType?: string };
  Tags?: Array<{ Key: string; Value: string }>;
  TableClass?: string;
  DeletionProtectionEnabled?: boolean;
  ResourcePolicy?: string;
}

export function createTable(input: CreateTableInput, ctx: OperationContext): { TableDescription: Record<string, unknown> } {
  const name = checkName(input.TableName, 'tableName');
  const now = ctx.clock.now();
  const definitions = definitionMap(input.AttributeDefinitions);
  const keySchema = checkKeySchema(input.KeySchema, definitions);
  const billingMode = input.BillingMode ?? 'PROVISIONED';
  if (billingMode !== 'PROVISIONED' && billingMode !== 'PAY_PER_REQUEST') {
    throw validation(`1 validation error detected: Value '${billingMode}' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]`);
  }
  const throughput = checkThroughput(input.ProvisionedThroughput, billingMode);
  const indexNames = new Set<string>();
  const unique = (indexName: string): void => {
    if (indexNames.has(indexName)) throw invalidParameter(`Duplicate index name: ${indexName}`);
    indexNames.add(indexName);
  };
  const lsis = (input.LocalSecondaryIndexes ?? []).map((i) => {
    const index = checkIndex(i, definitions, billingMode, 'local', now);
    unique(index.name);
    if (keySchema.length < 2) throw invalidParameter('Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex');
    if (index.keySchema[0]!.AttributeName !== keySchema[0]!.AttributeName) {
      throw invalidParameter(
        `Index KeySchema does not have the same leading hash key as table KeySchema for index: ${index.name}. index hash key: ${index.keySchema[0]!.AttributeName}, table hash key: ${keySchema[0]!.AttributeName}`,
      );
    }
    if (index.keySchema.length < 2) throw invalidParameter(`Index KeySchema does not have a range key for index: ${index.name}`);
    return index;
  });
  if (input.LocalSecondaryIndexes !== undefined && lsis.length === 0) throw invalidParameter('List of LocalSecondaryIndexes is empty');
  if (lsis.length > 5) throw invalidParameter('Number of LocalSecondaryIndexes exceeds per-table limit of 5');
  const gsis = (input.GlobalSecondaryIndexes ?? []).map((i) => {
    const index = checkIndex(i, definitions, billingMode, 'global', now);
    unique(index.name);
    return index;
  });
  if (input.GlobalSecondaryIndexes !== undefined && gsis.length === 0) throw invalidParameter('List of GlobalSecondaryIndexes is empty');
  if (gsis.length > 20) throw limitExceeded('Subscriber limit exceeded: The number of global secondary indexes exceeds the per-table limit of 20');
  checkDefinitionsUsed(definitions, [keySchema, ...lsis.map((i) => i.keySchema), ...gsis.map((i) => i.keySchema)]);
  const tags = checkTags(input.Tags ?? []);

  const tables = ctx.table(tablesTable);
  if (tables.has(name)) throw resourceInUse(`Table already exists: ${name}`);
  const stream = input.StreamSpecification;
  if (stream?.StreamEnabled) checkViewType(stream.StreamViewType);
  const table: TableRecord = {
    name,
    id: randomUUID(),
    arn: `arn:aws:dynamodb:${ctx.region}:${ctx.accountId}:table/${name}`,
    createdMs: now,
    keySchema,
    attributeDefinitions: [...definitions].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    billingMode,
    ...(billingMode === 'PAY_PER_REQUEST' ? { payPerRequestSinceMs: now } : {}),
    throughput,
    gsis,
    lsis,
    tags,
    deletionProtection: input.DeletionProtectionEnabled === true,
    tableClass: input.TableClass ?? 'STANDARD',
  };
  const policy = input.ResourcePolicy === undefined ? undefined : checkPolicy(input.ResourcePolicy);
  if (policy) checkSelfLockout(ctx.caller, ctx.accountId, table.arn, policy.document, false);
  ctx.store.transaction(() => {
    if (stream?.StreamEnabled) openStream(ctx, table, stream.StreamViewType!, now);
    tables.put(name, table);
    if (policy) ctx.table(resourcePoliciesTable).put(name, { policy: policy.policy, fingerprint: policy.fingerprint, revisionId: nextRevisionId(now) });
  });
  return { TableDescription: describeTable(ctx, table, 'CREATING') };
}
