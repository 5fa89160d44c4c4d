import type { OperationContext } from '../../define-service.js';
import { requireBus } from '../model/buses.js';
import { busArn } from '../model/names.js';
import type { BusRow } from '../store.js';

export function describeEventBus(input: { Name?: string }, ctx: OperationContext) {
  return busDescription(requireBus(ctx, input.Name), ctx);
}

export function busDescription(bus: BusRow, ctx: Pick<OperationContext, 'region' | 'accountId'>) {
  return {
    Name: bus.name,
    Arn: busArn(ctx.region, ctx.accountId, bus.name),
    Description: bus.description,
    KmsKeyIdentifier: bus.kmsKeyIdentifier,
    DeadLetterConfig: bus.deadLetterArn !== undefined ? { Arn: bus.deadLetterArn } : undefined,
    Policy: bus.policy,
    CreationTime: new Date(bus.createdMs),
    LastModifiedTime: new Date(bus.modifiedMs),
  };
}
