import type { OperationContext } from '../../define-service.js';
import { withTags } from './tags.js';

export function untagResource(input: { ResourceARN?: string; TagKeys?: string[] }, ctx: OperationContext) {
  const drop = new Set(input.TagKeys ?? []);
  withTags(ctx, input.ResourceARN, (tags) => tags.filter((t) => !drop.has(t.Key)));
  return {};
}
