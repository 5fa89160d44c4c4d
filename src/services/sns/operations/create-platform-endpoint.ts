import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { checkEndpointAttributes } from '../model/platform.js';
import { findApplication } from '../platform-lookup.js';

export interface CreatePlatformEndpointInput {
  PlatformApplicationArn?: string;
  Token?: string;
  CustomUserData?: string;
  Attributes?: Record<string, string>;
}

/**
 * Registers a device token with an application. Idempotent: the same token with the same
 * attributes answers the existing endpoint; with different ones AWS refuses and names it.
 */
export function createPlatformEndpoint(input: CreatePlatformEndpointInput, ctx: OperationContext): { EndpointArn: string } {
  const found = findApplication(ctx, input.PlatformApplicationArn);
  if (input.Token === undefined || input.Token === '') throw invalidParameter('Invalid parameter: Token Reason: cannot be empty');
  const given = checkEndpointAttributes({ ...input.Attributes });
  const attributes: Record<string, string> = { Enabled: 'true', ...given, Token: input.Token };
  if (input.CustomUserData !== undefined && given.CustomUserData === undefined) {
    checkEndpointAttributes({ CustomUserData: input.CustomUserData });
    attributes.CustomUserData = input.CustomUserData;
  }
  const prefix = `${found.ref.key}/`;
  const existing = found.endpoints.list({ prefix }).find((row) => row.value.attributes.Token === input.Token);
  if (existing) {
    const a = existing.value.attributes;
    if (a.Enabled !== attributes.Enabled || a.CustomUserData !== attributes.CustomUserData) {
      throw invalidParameter(`Invalid parameter: Token Reason: Endpoint ${existing.value.arn} already exists with the same Token, but different attributes.`);
    }
    return { EndpointArn: existing.value.arn };
  }
  const id = randomUUID();
  const arn = `arn:aws:sns:${found.ref.region}:${found.ref.accountId}:endpoint/${found.ref.key}/${id}`;
  found.endpoints.put(`${prefix}${id}`, { arn, applicationArn: found.application.arn, attributes, createdMs: ctx.clock.now() });
  return { EndpointArn: arn };
}
