import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { parseJson } from '../model/topic-attributes.js';
import { findTopic } from '../topic-lookup.js';

export function putDataProtectionPolicy(input: { ResourceArn?: string; DataProtectionPolicy?: string }, ctx: OperationContext): Record<string, never> {
  const found = findTopic(ctx, input.ResourceArn, 'ResourceArn');
  const policy = input.DataProtectionPolicy ?? '';
  const parsed = parseJson(policy);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidParameter('Invalid parameter: DataProtectionPolicy');
  found.topics.put(found.ref.name, { ...found.topic, dataProtectionPolicy: policy });
  return {};
}
