import type { OperationContext } from '../../define-service.js';
import { visibleApplicationAttributes } from '../model/platform.js';
import { findApplication } from '../platform-lookup.js';

export function getPlatformApplicationAttributes(input: { PlatformApplicationArn?: string }, ctx: OperationContext): { Attributes: Record<string, string> } {
  const { application } = findApplication(ctx, input.PlatformApplicationArn);
  return { Attributes: visibleApplicationAttributes(application.platform, application.attributes) };
}
