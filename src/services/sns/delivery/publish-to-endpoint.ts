import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { invalidParameter } from '../errors.js';
import type { EndpointRef } from '../model/platform.js';
import { checkPublishEntry, type PublishEntry } from '../model/publish-rules.js';
import { platformTables } from '../platform-lookup.js';
import { envelopeAttributes } from './published-message.js';
import { recordMessage } from './record.js';

/**
 * Publish with a TargetArn naming a platform endpoint (a mobile push). Kumo has no push
 * service to hand it to, so the delivery is recorded at GET /_kumo/sns/messages with the
 * text the platform would get (its entry of a `MessageStructure: json` message).
 */
export function publishToEndpoint(input: PublishEntry, ref: EndpointRef, ctx: OperationContext): { MessageId: string } {
  const endpoint = platformTables(ctx, ref).endpoints.get(ref.endpointKey);
  if (!endpoint) throw invalidParameter('Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified');
  if (endpoint.attributes.Enabled === 'false') throw new AwsError('EndpointDisabled', 'Endpoint is disabled');
  const entry = checkPublishEntry(input, false, false);
  const messageId = randomUUID();
  const now = ctx.clock.now();
  recordMessage(ctx.store, now, {
    accountId: ref.accountId,
    region: ref.region,
    protocol: 'application',
    endpoint: endpoint.arn,
    messageId,
    message: entry.perProtocol?.[ref.platform] ?? entry.message,
    subject: entry.subject,
    messageAttributes: envelopeAttributes(entry.attributes),
    type: 'Notification',
    timestamp: new Date(now).toISOString(),
  });
  return { MessageId: messageId };
}
