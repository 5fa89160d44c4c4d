import { invalidParameter, limitExceeded, validation } from '../errors.js';
import { checkDefinitionsUsed, checkIndex, checkKeySchema, checkName, checkThroughput, definitionMap, type IndexInput, type ThroughputInput } from './table-schema.js';
import type { KeySchemaElement, TableRecord } from '../store.js';

export interface TableCreationParameters {
  TableName?: string;
  AttributeDefinitions?: Array<{ AttributeName?: string; AttributeType?: string }>;
  KeySchema?: KeySchemaElement[];
  BillingMode?: string;
  ProvisionedThroughput?: ThroughputInput;
  OnDemandThroughput?: Record<string, unknown>;
  SSESpecification?: Record<string, unknown>;
  GlobalSecondaryIndexes?: IndexInput[];
}

const MEMBER = 'tableCreationParameters';

/**
 * The table an import will create, checked as CreateTable checks it (imports take GSIs but
 * no LSIs, streams or tags). The table id is chosen now: DescribeImport shows it from the start.
 */
export function importTableRecord(params: TableCreationParameters | undefined, scope: { accountId: string; region: string }, id: string, nowMs: number): TableRecord {
  if (params === undefined) throw validation(`1 validation error detected: Value null at '${MEMBER}' failed to satisfy constraint: Member must not be null`);
  const name = checkName(params.TableName, `${MEMBER}.tableName`);
  if (params.AttributeDefinitions === undefined) {
    throw validation(`1 validation error detected: Value null at '${MEMBER}.attributeDefinitions' failed to satisfy constraint: Member must not be null`);
  }
  const definitions = definitionMap(params.AttributeDefinitions);
  const keySchema = checkKeySchema(params.KeySchema, definitions, `${MEMBER}.keySchema`);
  const billingMode = params.BillingMode ?? 'PROVISIONED';
  if (billingMode !== 'PROVISIONED' && billingMode !== 'PAY_PER_REQUEST') {
    throw validation(`1 validation error detected: Value '${billingMode}' at '${MEMBER}.billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]`);
  }
  const throughput = checkThroughput(params.ProvisionedThroughput, billingMode);
  const names = new Set<string>();
  const gsis = (params.GlobalSecondaryIndexes ?? []).map((input) => {
    const index = checkIndex(input, definitions, billingMode, 'global', nowMs);
    if (names.has(index.name)) throw invalidParameter(`Duplicate index name: ${index.name}`);
    names.add(index.name);
    return index;
  });
  if (params.GlobalSecondaryIndexes !== undefined && gsis.length === 0) throw invalidParameter('List of GlobalSecondaryIndexes is empty');
  if (gsis.length > 20) throw limitExceeded('Subscriber limit exceeded: The number of global secondary indexes exceeds the per-table limit of 20');
  checkDefinitionsUsed(definitions, [keySchema, ...gsis.map((g) => g.keySchema)]);
  return {
    name,
    id,
    arn: `arn:aws:dynamodb:${scope.region}:${scope.accountId}:table/${name}`,
    createdMs: nowMs,
    keySchema,
    attributeDefinitions: [...definitions].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    billingMode,
    ...(billingMode === 'PAY_PER_REQUEST' ? { payPerRequestSinceMs: nowMs } : {}),
    throughput,
    gsis,
    lsis: [],
    tags: [],
    deletionProtection: false,
    tableClass: 'STANDARD',
  };
}
