import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, missingParameter, queueDoesNotExist } from '../errors.js';
import { findQueue } from '../model/queues.js';

export interface GetQueueUrlInput {
  QueueName?: string;
  QueueOwnerAWSAccountId?: string;
}

/** The URL of a queue of the caller's account, or of the owner's account when given. */
export function getQueueUrl(input: GetQueueUrlInput, ctx: OperationContext): { QueueUrl: string } {
  if (!input.QueueName) throw missingParameter('QueueName');
  const owner = input.QueueOwnerAWSAccountId ?? ctx.accountId;
  if (!/^\d{12}$/.test(owner)) {
    throw invalidParameterValue(`Value ${owner} for parameter QueueOwnerAWSAccountId is invalid. Reason: The specified account ID is not valid.`);
  }
  const ref = findQueue(ctx, { accountId: owner, region: ctx.region, name: input.QueueName });
  if (!ref) throw queueDoesNotExist();
  return { QueueUrl: ref.url };
}
