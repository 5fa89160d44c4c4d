import type { OperationContext } from '../../define-service.js';
import { invalidValue, missingParameter } from '../errors.js';
import { resolveQueue } from '../model/queues.js';

export interface RemovePermissionInput {
  QueueUrl?: string;
  Label?: string;
}

export interface PolicyStatement {
  Sid?: string;
  [key: string]: unknown;
}

export interface QueuePolicy {
  Version: string;
  Id?: string;
  Statement: PolicyStatement[];
  [key: string]: unknown;
}

/** The queue's Policy document, or the empty one AddPermission starts from. */
export function policyOf(raw: string | undefined, arn: string): QueuePolicy {
  if (raw) {
    const parsed = JSON.parse(raw) as Partial<QueuePolicy>;
    const statements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement as PolicyStatement] : [];
    return { ...parsed, Version: parsed.Version ?? '2012-10-17', Statement: statements };
  }
  return { Version: '2012-10-17', Id: `${arn}/SQSDefaultPolicy`, Statement: [] };
}

/** Removes the statement AddPermission added under a label. */
export function removePermission(input: RemovePermissionInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  if (!input.Label) throw missingParameter('Label');
  const policy = policyOf(q.row.attributes.Policy, q.arn);
  const remaining = policy.Statement.filter((s) => s.Sid !== input.Label);
  if (remaining.length === policy.Statement.length) throw invalidValue('Label', input.Label, "can't find label on existing policy.");
  const attributes = { ...q.row.attributes };
  if (remaining.length === 0) delete attributes.Policy;
  else attributes.Policy = JSON.stringify({ ...policy, Statement: remaining });
  q.tables.queues.put(q.address.name, { ...q.row, attributes, modified: ctx.clock.now() });
  return {};
}
