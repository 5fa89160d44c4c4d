import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { bucketsTable } from '../store.js';

export interface PutBucketRequestPaymentInput {
  Bucket: string;
  RequestPaymentConfiguration?: { Payer?: string };
}

/** Requester or BucketOwner; with Requester, other accounts must acknowledge the charge (model/request-payment.ts). */
export function putBucketRequestPayment(input: PutBucketRequestPaymentInput, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  const payer = input.RequestPaymentConfiguration?.Payer;
  if (payer !== 'Requester' && payer !== 'BucketOwner') throw malformedXml();
  ctx.store.transaction(() => {
    const { requestPayer: _old, ...bucket } = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, payer === 'Requester' ? { ...bucket, requestPayer: 'Requester' } : bucket);
  });
  return {};
}
