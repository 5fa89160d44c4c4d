import type { OperationContext } from '../../define-service.js';
import { checkAttributes } from '../model/queue-attributes.js';
import { findQueueByArn, resolveQueue } from '../model/queues.js';

export interface SetQueueAttributesInput {
  QueueUrl?: string;
  Attributes?: Record<string, string>;
}

/** Sets attributes (an empty Policy, RedrivePolicy or RedriveAllowPolicy removes it). */
export function setQueueAttributes(input: SetQueueAttributesInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  const changes = checkAttributes(input.Attributes ?? {}, {
    fifo: q.fifo,
    creating: false,
    queueExists: (arn) => findQueueByArn(ctx, arn) !== undefined,
  });
  const attributes = { ...q.row.attributes };
  for (const [name, value] of Object.entries(changes)) {
    if (value === '') delete attributes[name];
    else attributes[name] = value;
  }
  if (changes.KmsMasterKeyId) {
    if (changes.SqsManagedSseEnabled === undefined) attributes.SqsManagedSseEnabled = 'false';
    attributes.KmsDataKeyReusePeriodSeconds ??= '300';
  }
  if (changes.SqsManagedSseEnabled === 'true') {
    delete attributes.KmsMasterKeyId;
    delete attributes.KmsDataKeyReusePeriodSeconds;
  }
  q.tables.queues.put(q.address.name, { ...q.row, attributes, modified: ctx.clock.now() });
  return {};
}
