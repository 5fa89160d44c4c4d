import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { checkApplicationAttributes } from '../model/platform.js';
import { findApplication } from '../platform-lookup.js';

/** Merges attributes in; an empty value clears a setting (an event topic, a feedback role). */
export function setPlatformApplicationAttributes(input: { PlatformApplicationArn?: string; Attributes?: Record<string, string> }, ctx: OperationContext): Record<string, never> {
  const found = findApplication(ctx, input.PlatformApplicationArn);
  const attributes = input.Attributes ?? {};
  if (Object.keys(attributes).length === 0) throw invalidParameter('Invalid parameter: Attributes Reason: Attributes cannot be empty');
  checkApplicationAttributes(attributes);
  if (attributes.PlatformCredential === '') throw invalidParameter('Invalid parameter: Attributes Reason: PlatformCredential cannot be empty');
  const merged = { ...found.application.attributes };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '') delete merged[name];
    else merged[name] = value;
  }
  found.applications.put(found.ref.key, { ...found.application, attributes: merged });
  return {};
}
