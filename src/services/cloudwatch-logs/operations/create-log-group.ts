import type { OperationContext } from '../../define-service.js';
import { constraintViolation, groupExists, invalidParameter } from '../errors.js';
import { validateGroupName } from '../model.js';
import { groupsTable } from '../store.js';
import { validateTags } from '../model/tags.js';

export interface CreateLogGroupInput {
  logGroupName: string;
  kmsKeyId?: string;
  tags?: Record<string, string>;
  logGroupClass?: string;
}

const CLASSES = ['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'];

export function createLogGroup(input: CreateLogGroupInput, ctx: OperationContext): Record<string, never> {
  validateGroupName(input.logGroupName);
  if (input.logGroupName.startsWith('aws/')) throw invalidParameter('Log group names can not start with "aws/".');
  const logGroupClass = input.logGroupClass ?? 'STANDARD';
  if (!CLASSES.includes(logGroupClass)) {
    throw constraintViolation(logGroupClass, 'logGroupClass', `Member must satisfy enum value set: [${CLASSES.join(', ')}]`);
  }
  validateTags(input.tags ?? {});
  const table = ctx.table(groupsTable);
  if (table.has(input.logGroupName)) throw groupExists();
  table.put(input.logGroupName, {
    name: input.logGroupName,
    creationTime: ctx.clock.now(),
    kmsKeyId: input.kmsKeyId,
    logGroupClass,
    tags: { ...(input.tags ?? {}) },
    // DELIVERY groups keep data two days, always (AWS fixes their retention).
    ...(logGroupClass === 'DELIVERY' ? { retentionInDays: 2 } : {}),
  });
  return {};
}
