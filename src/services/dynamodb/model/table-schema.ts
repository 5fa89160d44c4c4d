import { invalidParameter, limitExceeded, validation } from '../errors.js';
import type { IndexRecord, KeySchemaElement, KeyType, Projection, TableRecord, Throughput } from '../store.js';

export interface ThroughputInput {
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export interface IndexInput {
  IndexName?: string;
  KeySchema?: KeySchemaElement[];
  Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] };
  ProvisionedThroughput?: ThroughputInput;
}

const NAME_PATTERN = /^[a-zA-Z0-9_.-]+$/;

/** Table and index names: 3 to 255 characters of [a-zA-Z0-9_.-], reported like the model's constraint checks. */
export function checkName(value: string | undefined, member: string, max = 255): string {
  if (value === undefined) {
    throw validation(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  }
  const problems: string[] = [];
  if (!NAME_PATTERN.test(value)) problems.push(`Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+`);
  if (value.length < 3) problems.push(`Value '${value}' at '${member}' failed to satisfy constraint: Member must have length greater than or equal to 3`);
  if (value.length > max) problems.push(`Value '${value}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`);
  if (problems.length > 0) throw validation(`${problems.length} validation error${problems.length > 1 ? 's' : ''} detected: ${problems.join('; ')}`);
  return value;
}

/** A key schema: one HASH element, then optionally one RANGE element. */
export function checkKeySchema(schema: KeySchemaElement[] | undefined, definitions: Map<string, KeyType>, member = 'keySchema'): KeySchemaElement[] {
  if (!schema || schema.length === 0) {
    throw validation(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  }
  if (schema.length > 2) {
    throw validation(`1 validation error detected: Value '${JSON.stringify(schema)}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to 2`);
  }
  if (schema[0]!.KeyType !== 'HASH') throw validation('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  if (schema[1] && schema[1].KeyType !== 'RANGE') throw validation('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
  if (schema[1] && schema[1].AttributeName === schema[0]!.AttributeName) {
    throw validation('Both the Hash Key and the Range Key element in the KeySchema have the same name');
  }
  const undefinedKeys = schema.filter((k) => !definitions.has(k.AttributeName));
  if (undefinedKeys.length > 0) {
    throw invalidParameter(
      `Some index key attributes are not defined in AttributeDefinitions. Keys: [${schema.map((k) => k.AttributeName).join(', ')}], AttributeDefinitions: [${[...definitions.keys()].join(', ')}]`,
    );
  }
  return schema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType }));
}

export function checkProjection(projection: IndexInput['Projection']): Projection {
  const type = projection?.ProjectionType;
  if (type === undefined) throw invalidParameter('Unknown ProjectionType: null');
  if (type !== 'ALL' && type !== 'KEYS_ONLY' && type !== 'INCLUDE') throw invalidParameter(`Unknown ProjectionType: ${type}`);
  const nonKey = projection?.NonKeyAttributes;
  if (type === 'INCLUDE' && (!nonKey || nonKey.length === 0)) throw invalidParameter('ProjectionType is INCLUDE, but NonKeyAttributes is not specified');
  if (type !== 'INCLUDE' && nonKey !== undefined) throw invalidParameter(`ProjectionType is ${type}, but NonKeyAttributes is specified`);
  return type === 'INCLUDE' ? { ProjectionType: type, NonKeyAttributes: [...nonKey!] } : { ProjectionType: type };
}

export function checkThroughput(input: ThroughputInput | undefined, billingMode: TableRecord['billingMode'], indexName?: string): Throughput {
  if (billingMode === 'PAY_PER_REQUEST') {
    if (input !== undefined) {
      throw validation(
        indexName === undefined
          ? 'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST'
          : `One or more parameter values were invalid: ProvisionedThroughput should not be specified for index: ${indexName} when BillingMode is PAY_PER_REQUEST`,
      );
    }
    return { read: 0, write: 0, decreasesToday: 0 };
  }
  if (input?.ReadCapacityUnits === undefined || input.WriteCapacityUnits === undefined) {
    throw invalidParameter(
      indexName === undefined
        ? 'ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED'
        : `ProvisionedThroughput is not specified for index: ${indexName}`,
    );
  }
  for (const [name, value] of [['ReadCapacityUnits', input.ReadCapacityUnits], ['WriteCapacityUnits', input.WriteCapacityUnits]] as const) {
    if (value < 1) throw invalidParameter(`Given value ${value} for ${name} is out of bounds`);
    if (value > 40000) throw limitExceeded(`Subscriber limit exceeded: Provisioned throughput for ${name} exceeds the per-table limit of 40000`);
  }
  return { read: input.ReadCapacityUnits, write: input.WriteCapacityUnits, decreasesToday: 0 };
}

/** A GSI or LSI from CreateTable or UpdateTable. */
export function checkIndex(
  input: IndexInput,
  definitions: Map<string, KeyType>,
  billingMode: TableRecord['billingMode'],
  kind: 'global' | 'local',
  nowMs: number,
): IndexRecord {
  const member = kind === 'global' ? 'globalSecondaryIndexes' : 'localSecondaryIndexes';
  const name = checkName(input.IndexName, `${member}.member.indexName`);
  const keySchema = checkKeySchema(input.KeySchema, definitions, `${member}.member.keySchema`);
  const projection = checkProjection(input.Projection);
  if (kind === 'local') {
    if (input.ProvisionedThroughput !== undefined) {
      throw invalidParameter(`LocalSecondaryIndex ${name} should not have ProvisionedThroughput`);
    }
    return { name, keySchema, projection, createdMs: nowMs };
  }
  const throughput = checkThroughput(input.ProvisionedThroughput, billingMode, name);
  return { name, keySchema, projection, createdMs: nowMs, ...(billingMode === 'PROVISIONED' ? { throughput } : {}) };
}

export function definitionMap(definitions: Array<{ AttributeName?: string; AttributeType?: string }> | undefined): Map<string, KeyType> {
  const map = new Map<string, KeyType>();
  for (const d of definitions ?? []) {
    if (d.AttributeType !== 'S' && d.AttributeType !== 'N' && d.AttributeType !== 'B') {
      throw validation(
        `1 validation error detected: Value '${d.AttributeType}' at 'attributeDefinitions.${map.size + 1}.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]`,
      );
    }
    if (map.has(d.AttributeName!)) throw invalidParameter(`Cannot have two attributes with the same name. Attribute name: ${d.AttributeName}`);
    map.set(d.AttributeName!, d.AttributeType);
  }
  return map;
}

/** Every attribute definition must be used by a key of the table or of an index. */
export function checkDefinitionsUsed(definitions: Map<string, KeyType>, schemas: KeySchemaElement[][]): void {
  const used = new Set(schemas.flat().map((k) => k.AttributeName));
  if ([...definitions.keys()].every((name) => used.has(name))) return;
  if (schemas.length === 1) {
    throw invalidParameter('Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions');
  }
  throw invalidParameter(`Some AttributeDefinitions are not used. AttributeDefinitions: [${[...definitions.keys()].join(', ')}], keys used: [${[...used].join(', ')}]`);
}
