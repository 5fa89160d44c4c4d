import type { OperationContext } from '../../define-service.js';
import { requireBus } from '../model/buses.js';
import { busArn } from '../model/names.js';
import { busesTable } from '../store.js';

interface UpdateEventBusInput {
  Name?: string;
  Description?: string;
  KmsKeyIdentifier?: string;
  DeadLetterConfig?: { Arn?: string };
}

export function updateEventBus(input: UpdateEventBusInput, ctx: OperationContext) {
  const bus = requireBus(ctx, input.Name);
  if (input.Description !== undefined) bus.description = input.Description;
  if (input.KmsKeyIdentifier !== undefined) bus.kmsKeyIdentifier = input.KmsKeyIdentifier;
  if (input.DeadLetterConfig !== undefined) bus.deadLetterArn = input.DeadLetterConfig.Arn;
  bus.modifiedMs = ctx.clock.now();
  ctx.table(busesTable).put(bus.name, bus);
  return {
    Arn: busArn(ctx.region, ctx.accountId, bus.name),
    Name: bus.name,
    KmsKeyIdentifier: bus.kmsKeyIdentifier,
    Description: bus.description,
    DeadLetterConfig: bus.deadLetterArn !== undefined ? { Arn: bus.deadLetterArn } : undefined,
  };
}
