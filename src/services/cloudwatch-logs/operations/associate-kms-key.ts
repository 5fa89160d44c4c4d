import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { requireGroup } from '../model/log-data.js';
import { groupsTable } from '../store.js';

/** Stored only: Kumo keeps log data unencrypted, but the key shows in DescribeLogGroups. */
export function associateKmsKey(input: { logGroupName?: string; kmsKeyId: string }, ctx: OperationContext): Record<string, never> {
  if (input.logGroupName === undefined) throw invalidParameter('Kumo associates KMS keys with log groups only (logGroupName).');
  if (!/^arn:aws[\w-]*:kms:/.test(input.kmsKeyId)) throw invalidParameter(`Specified KMS key ARN is not valid: ${input.kmsKeyId}`);
  const group = requireGroup(ctx, input.logGroupName);
  ctx.table(groupsTable).put(group.name, { ...group, kmsKeyId: input.kmsKeyId });
  return {};
}

export function disassociateKmsKey(input: { logGroupName?: string }, ctx: OperationContext): Record<string, never> {
  if (input.logGroupName === undefined) throw invalidParameter('Kumo associates KMS keys with log groups only (logGroupName).');
  const group = requireGroup(ctx, input.logGroupName);
  const { kmsKeyId: _dropped, ...kept } = group;
  ctx.table(groupsTable).put(group.name, kept);
  return {};
}
