import { randomBytes } from 'node:crypto';
import { AwsError } from '../../../shared/aws-error.js';
import type { InternalClient } from '../../../internal-client/types.js';
import { invalidArgument } from '../errors.js';
import type { BucketRow } from '../store.js';
import type { NotificationFilter, NotificationTarget } from './bucket-configs.js';
import { eventMatches } from './notifications.js';

/** The events S3 notifications know (`s3:` names, wildcards included). */
export const NOTIFICATION_EVENTS = new Set([
  's3:ReducedRedundancyLostObject',
  's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete', 's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*', 's3:ObjectRestore:Post', 's3:ObjectRestore:Completed', 's3:ObjectRestore:Delete',
  's3:Replication:*', 's3:Replication:OperationFailedReplication', 's3:Replication:OperationNotTracked', 's3:Replication:OperationMissedThreshold', 's3:Replication:OperationReplicatedAfterThreshold',
  's3:LifecycleExpiration:*', 's3:LifecycleExpiration:Delete', 's3:LifecycleExpiration:DeleteMarkerCreated', 's3:LifecycleTransition',
  's3:IntelligentTiering', 's3:ObjectTagging:*', 's3:ObjectTagging:Put', 's3:ObjectTagging:Delete', 's3:ObjectAcl:Put',
]);

interface WireFilter { Key?: { FilterRules?: Array<{ Name?: string; Value?: string }> } }
interface WireConfig { Id?: string; Events?: string[]; Filter?: WireFilter }
export interface WireNotificationConfiguration {
  TopicConfigurations?: Array<WireConfig & { TopicArn?: string }>;
  QueueConfigurations?: Array<WireConfig & { QueueArn?: string }>;
  LambdaFunctionConfigurations?: Array<WireConfig & { LambdaFunctionArn?: string }>;
  EventBridgeConfiguration?: Record<string, never>;
}

const unableToValidate = (failures: Array<[string, string]>) =>
  new AwsError('InvalidArgument', 'Unable to validate the following destination configurations', {
    fields: Object.fromEntries(failures.flatMap(([arn, why], i) => [[`ArgumentName${i + 1}`, arn], [`ArgumentValue${i + 1}`, why]])),
  });

/** Parses and checks a configuration: known events, prefix/suffix rules, no overlapping targets. */
export function parseNotificationConfiguration(config: WireNotificationConfiguration): NotificationTarget[] {
  const targets: NotificationTarget[] = [];
  const add = (kind: NotificationTarget['kind'], c: WireConfig, arn: string | undefined) => {
    if (arn === undefined || !c.Events?.length) throw new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
    for (const event of c.Events) if (!NOTIFICATION_EVENTS.has(event)) throw invalidArgument('The event is not supported for notifications', event, 'The event is not supported for notifications');
    const filter: NotificationFilter = {};
    const rules = c.Filter?.Key?.FilterRules ?? [];
    for (const rule of rules) {
      const name = (rule.Name ?? '').toLowerCase();
      if (name !== 'prefix' && name !== 'suffix') throw invalidArgument('filter rule name must be either prefix or suffix', 'FilterRule', rule.Name ?? '');
      if (filter[name] !== undefined) throw invalidArgument(`Cannot specify more than one ${name} rule in a filter.`, 'FilterRule', rule.Name ?? '');
      filter[name] = rule.Value ?? '';
    }
    targets.push({
      kind, arn, events: c.Events, filter,
      id: c.Id ?? randomBytes(24).toString('base64').replace(/[+/=]/g, ''),
      ...(rules.length > 0 ? { filterRules: rules.map((r) => ({ Name: capitalize(r.Name ?? ''), Value: r.Value ?? '' })) } : {}),
    });
  };
  for (const c of config.QueueConfigurations ?? []) add('queue', c, c.QueueArn);
  for (const c of config.TopicConfigurations ?? []) add('topic', c, c.TopicArn);
  for (const c of config.LambdaFunctionConfigurations ?? []) add('lambda', c, c.LambdaFunctionArn);
  checkOverlap(targets);
  return targets;
}

const capitalize = (name: string) => (name.toLowerCase() === 'prefix' ? 'Prefix' : name.toLowerCase() === 'suffix' ? 'Suffix' : name);

/** Two targets may not both receive one event for one key: S3 refuses overlapping event types and filters. */
function checkOverlap(targets: readonly NotificationTarget[]): void {
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i]!;
      const b = targets[j]!;
      const shared = a.events.some((ea) => b.events.some((eb) => eventMatches(ea, eb.replace(/^s3:/, '')) || eventMatches(eb, ea.replace(/^s3:/, ''))));
      if (!shared) continue;
      const pa = a.filter.prefix ?? '';
      const pb = b.filter.prefix ?? '';
      const sa = a.filter.suffix ?? '';
      const sb = b.filter.suffix ?? '';
      if ((pa.startsWith(pb) || pb.startsWith(pa)) && (sa.endsWith(sb) || sb.endsWith(sa))) {
        throw invalidArgument('Configurations overlap. Configurations on the same bucket cannot share a common event type.', 'Event', a.events[0] ?? '');
      }
    }
  }
}

/** S3 checks each destination exists (through Kumo's SQS, SNS and Lambda) before it keeps the configuration. */
export async function validateDestinations(aws: InternalClient, targets: readonly NotificationTarget[]): Promise<void> {
  const failures: Array<[string, string]> = [];
  for (const target of targets) {
    const parts = target.arn.split(':');
    const scope = { region: parts[3] ?? '', accountId: parts[4] ?? '' };
    const service = parts[2];
    const expected = target.kind === 'queue' ? 'sqs' : target.kind === 'topic' ? 'sns' : 'lambda';
    if (parts.length < 6 || parts[0] !== 'arn' || service !== expected) {
      failures.push([target.arn, 'The destination ARN is not valid']);
      continue;
    }
    try {
      if (target.kind === 'queue') await aws.call('sqs', 'GetQueueUrl', { QueueName: parts[5], QueueOwnerAWSAccountId: scope.accountId }, scope);
      else if (target.kind === 'topic') await aws.call('sns', 'GetTopicAttributes', { TopicArn: target.arn }, scope);
      else await aws.call('lambda', 'GetFunction', { FunctionName: target.arn }, scope);
    } catch {
      failures.push([target.arn, `The destination ${target.kind === 'lambda' ? 'function' : target.kind} does not exist`]);
    }
  }
  if (failures.length > 0) throw unableToValidate(failures);
}

/** The s3:TestEvent S3 sends to queues and topics when a configuration is saved. */
export function testEventMessage(bucket: BucketRow, nowMs: number, requestId: string): string {
  return JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: new Date(nowMs).toISOString(), Bucket: bucket.name, RequestId: requestId, HostId: randomBytes(48).toString('base64') });
}
