import { isAwsError } from '../../../shared/aws-error.js';
import type { EventEnvelope } from '../model/envelope.js';
import { targetInput, type RuleFacts, type TargetInputOptions } from '../model/input-transform.js';
import { busNotFound } from '../errors.js';
import type { TargetRow } from '../store.js';
import type { EventBridgeRuntime } from './eventbridge-runtime.js';
import { busExists, type BusScope } from './route-event.js';

type Forward = (scope: BusScope, event: EventEnvelope) => void;

interface ArnParts {
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

function parseArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return { service: parts[2]!, region: parts[3]!, accountId: parts[4]!, resource: parts.slice(5).join(':') };
}

/**
 * Sends the target's input to it through Kumo's internal client. A failure never reaches
 * PutEvents: the event goes to the target's dead-letter queue if it has one, else it is dropped.
 */
export async function deliverToTarget(eb: EventBridgeRuntime, target: TargetRow, event: EventEnvelope, rule: RuleFacts, forward: Forward): Promise<void> {
  try {
    await send(eb, target, event, rule, forward);
  } catch (error) {
    await toDeadLetterQueue(eb, target, event, rule, error);
  }
}

async function send(eb: EventBridgeRuntime, target: TargetRow, event: EventEnvelope, rule: RuleFacts, forward: Forward): Promise<void> {
  const arn = parseArn(target.Arn);
  if (!arn) throw new Error(`Not an ARN: ${target.Arn}`);
  const scope = { accountId: arn.accountId, region: arn.region };
  const input = targetInput(target as TargetInputOptions, event, rule);
  const aws = eb.runtime.aws;
  switch (arn.service) {
    case 'sqs':
      await sendToQueue(eb, target.Arn, input, (target.SqsParameters as { MessageGroupId?: string } | undefined)?.MessageGroupId, event.id);
      return;
    case 'sns':
      await aws.call('sns', 'Publish', { TopicArn: target.Arn, Message: input }, scope);
      return;
    case 'lambda':
      await aws.call('lambda', 'Invoke', { FunctionName: target.Arn, InvocationType: 'Event', Payload: Buffer.from(input) }, scope);
      return;
    case 'logs': {
      const group = /^log-group:([^:]+)/.exec(arn.resource)?.[1];
      if (!group) throw new Error(`Not a log group ARN: ${target.Arn}`);
      // One stream per event, named after it, as EventBridge writes them.
      await aws.call('cloudwatch-logs', 'CreateLogStream', { logGroupName: group, logStreamName: event.id }, scope).catch((error: unknown) => {
        if (!isAwsError(error) || error.code !== 'ResourceAlreadyExistsException') throw error;
      });
      await aws.call('cloudwatch-logs', 'PutLogEvents', { logGroupName: group, logStreamName: event.id, logEvents: [{ timestamp: Date.parse(event.time), message: input }] }, scope);
      return;
    }
    case 'events': {
      const bus = /^event-bus\/(.+)$/.exec(arn.resource)?.[1];
      if (!bus) throw new Error(`Unsupported EventBridge target: ${target.Arn}`);
      const next = { ...scope, bus };
      if (!busExists(eb, next)) throw busNotFound(bus);
      forward(next, event);
      return;
    }
    default:
      throw new Error(`Kumo does not deliver to ${arn.service} targets.`);
  }
}

/** SQS's SendMessage to the queue an ARN names; FIFO queues get the group from SqsParameters and the event id as dedup id. */
export async function sendToQueue(
  eb: EventBridgeRuntime,
  queueArn: string,
  body: string,
  groupId: string | undefined,
  dedupId: string,
  attributes?: Record<string, { DataType: string; StringValue: string }>,
): Promise<void> {
  const arn = parseArn(queueArn);
  if (!arn) throw new Error(`Not an SQS queue ARN: ${queueArn}`);
  const scope = { accountId: arn.accountId, region: arn.region };
  const { QueueUrl } = await eb.runtime.aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: arn.resource, QueueOwnerAWSAccountId: arn.accountId }, scope);
  const input: Record<string, unknown> = { QueueUrl, MessageBody: body };
  if (attributes) input.MessageAttributes = attributes;
  if (arn.resource.endsWith('.fifo')) {
    if (groupId !== undefined) input.MessageGroupId = groupId;
    input.MessageDeduplicationId = dedupId;
  }
  await eb.runtime.aws.call('sqs', 'SendMessage', input, scope);
}

const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFound', 'AWS.SimpleQueueService.NonExistentQueue', 'QueueDoesNotExist', 'NotImplemented']);

/** The dead-letter message: the event, with the attributes AWS adds to say which rule and target failed and why. */
async function toDeadLetterQueue(eb: EventBridgeRuntime, target: TargetRow, event: EventEnvelope, rule: RuleFacts, error: unknown): Promise<void> {
  const dlq = (target.DeadLetterConfig as { Arn?: string } | undefined)?.Arn;
  if (!dlq) return;
  const code = isAwsError(error) ? error.code : '';
  const attribute = (StringValue: string) => ({ DataType: 'String', StringValue });
  try {
    await sendToQueue(eb, dlq, JSON.stringify(event), undefined, event.id, {
      RULE_ARN: attribute(rule.ruleArn),
      TARGET_ARN: attribute(target.Arn),
      ERROR_CODE: attribute(NOT_FOUND.has(code) ? 'RESOURCE_NOT_FOUND' : 'SDK_CLIENT_ERROR'),
      ERROR_MESSAGE: attribute(error instanceof Error ? error.message : String(error)),
      RETRY_ATTEMPTS: attribute('0'),
    });
  } catch {
    // A missing dead-letter queue loses the event, as it does on AWS.
  }
}
