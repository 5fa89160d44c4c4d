import type { OperationContext } from '../../define-service.js';
import { alreadyExists, resourceNotFound, validation } from '../errors.js';
import { busArn, checkBusName, DEFAULT_BUS } from '../model/names.js';
import { findBus } from '../model/buses.js';
import { busesTable, type BusRow, type Tag } from '../store.js';

interface CreateEventBusInput {
  Name?: string;
  EventSourceName?: string;
  Description?: string;
  KmsKeyIdentifier?: string;
  DeadLetterConfig?: { Arn?: string };
  Tags?: Tag[];
}

export function createEventBus(input: CreateEventBusInput, ctx: OperationContext) {
  const name = checkBusName(input.Name);
  if (input.EventSourceName !== undefined) throw resourceNotFound(`Event source ${input.EventSourceName} does not exist.`);
  if (name.includes('/')) throw validation("Event bus name must not contain '/'.");
  if (name === DEFAULT_BUS || findBus(ctx, name)) throw alreadyExists(`Event bus ${name} already exists.`);
  const now = ctx.clock.now();
  const row: BusRow = {
    name, createdMs: now, modifiedMs: now, tags: input.Tags ?? [],
    ...(input.Description !== undefined ? { description: input.Description } : {}),
    ...(input.KmsKeyIdentifier !== undefined ? { kmsKeyIdentifier: input.KmsKeyIdentifier } : {}),
    ...(input.DeadLetterConfig?.Arn !== undefined ? { deadLetterArn: input.DeadLetterConfig.Arn } : {}),
  };
  ctx.table(busesTable).put(name, row);
  return {
    EventBusArn: busArn(ctx.region, ctx.accountId, name),
    Description: row.description,
    KmsKeyIdentifier: row.kmsKeyIdentifier,
    DeadLetterConfig: row.deadLetterArn !== undefined ? { Arn: row.deadLetterArn } : undefined,
  };
}
