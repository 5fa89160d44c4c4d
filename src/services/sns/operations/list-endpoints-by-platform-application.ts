import type { OperationContext } from '../../define-service.js';
import { findApplication } from '../platform-lookup.js';
import { decodeNextToken, encodeNextToken } from '../topic-lookup.js';

const PAGE = 100;

export function listEndpointsByPlatformApplication(
  input: { PlatformApplicationArn?: string; NextToken?: string },
  ctx: OperationContext,
): { Endpoints: Array<{ EndpointArn: string; Attributes: Record<string, string> }>; NextToken?: string } {
  const found = findApplication(ctx, input.PlatformApplicationArn);
  const rows = found.endpoints.list({ prefix: `${found.ref.key}/`, after: decodeNextToken(input.NextToken), limit: PAGE + 1 });
  const page = rows.slice(0, PAGE);
  return {
    Endpoints: page.map(({ value }) => ({ EndpointArn: value.arn, Attributes: { ...value.attributes } })),
    NextToken: rows.length > PAGE ? encodeNextToken(page[page.length - 1]!.key) : undefined,
  };
}
