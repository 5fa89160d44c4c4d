import type { OperationContext } from '../../define-service.js';
import { applicationArn, checkNewApplication } from '../model/platform.js';
import { platformTables } from '../platform-lookup.js';

export interface CreatePlatformApplicationInput {
  Name?: string;
  Platform?: string;
  Attributes?: Record<string, string>;
}

/**
 * Registers an app with a push service. Credentials are checked for presence only: Kumo
 * cannot ask Apple or Google whether they are valid. Creating an existing name again
 * replaces its attributes and answers the same ARN.
 */
export function createPlatformApplication(input: CreatePlatformApplicationInput, ctx: OperationContext): { PlatformApplicationArn: string } {
  checkNewApplication(input.Name, input.Platform, input.Attributes);
  const name = input.Name!;
  const platform = input.Platform!;
  const arn = applicationArn(ctx.accountId, ctx.region, platform, name);
  const { applications } = platformTables(ctx, ctx);
  const key = `${platform}/${name}`;
  const existing = applications.get(key);
  applications.put(key, { arn, name, platform, attributes: { ...input.Attributes }, createdMs: existing?.createdMs ?? ctx.clock.now() });
  return { PlatformApplicationArn: arn };
}
