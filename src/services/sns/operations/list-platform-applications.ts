import type { OperationContext } from '../../define-service.js';
import { visibleApplicationAttributes } from '../model/platform.js';
import { platformTables } from '../platform-lookup.js';
import { decodeNextToken, encodeNextToken } from '../topic-lookup.js';

const PAGE = 100;

/** The region's applications, 100 a page. */
export function listPlatformApplications(
  input: { NextToken?: string },
  ctx: OperationContext,
): { PlatformApplications: Array<{ PlatformApplicationArn: string; Attributes: Record<string, string> }>; NextToken?: string } {
  const rows = platformTables(ctx, ctx).applications.list({ after: decodeNextToken(input.NextToken), limit: PAGE + 1 });
  const page = rows.slice(0, PAGE);
  return {
    PlatformApplications: page.map(({ value }) => ({ PlatformApplicationArn: value.arn, Attributes: visibleApplicationAttributes(value.platform, value.attributes) })),
    NextToken: rows.length > PAGE ? encodeNextToken(page[page.length - 1]!.key) : undefined,
  };
}
