import type { OperationContext } from '../../define-service.js';
import { findTopic } from '../topic-lookup.js';

/** The stored policy; SNS stores it but Kumo does not audit or mask messages with it (see README). */
export function getDataProtectionPolicy(input: { ResourceArn?: string }, ctx: OperationContext): { DataProtectionPolicy: string } {
  return { DataProtectionPolicy: findTopic(ctx, input.ResourceArn, 'ResourceArn').topic.dataProtectionPolicy ?? '' };
}
