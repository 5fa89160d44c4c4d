import { s3RequestTargets } from './s3-request-targets.js';

export { COPY_SOURCE_TAGGING, deleteObjectsItem } from './s3-request-targets.js';

/**
 * The resource ARN a request acts on, from its decoded input, for the services whose
 * policies users write against ARNs. Anything else is `*`, which only `"Resource": "*"`
 * (or a NotResource) matches, as in AWS for actions without resource types.
 */
export function requestResource(service: string, operation: string, input: Record<string, unknown>, accountId: string, region: string): string {
  const str = (name: string): string | undefined => (typeof input[name] === 'string' ? (input[name] as string) : undefined);
  const isArn = (value: string | undefined) => value?.startsWith('arn:') ?? false;
  switch (service) {
    case 's3': {
      const bucket = str('Bucket');
      if (!bucket) return '*';
      const key = str('Key');
      return key !== undefined ? `arn:aws:s3:::${bucket}/${key}` : `arn:aws:s3:::${bucket}`;
    }
    case 'sqs': {
      const url = str('QueueUrl');
      if (url) {
        const parts = url.replace(/\/+$/, '').split('/');
        const name = parts.pop();
        const owner = parts.pop();
        if (name && owner && /^\d{12}$/.test(owner)) return `arn:aws:sqs:${region}:${owner}:${name}`;
      }
      const name = str('QueueName');
      return name ? `arn:aws:sqs:${region}:${accountId}:${name}` : '*';
    }
    case 'sns': {
      const arn = str('TopicArn') ?? str('TargetArn') ?? str('ResourceArn');
      if (arn) return arn;
      const subscription = str('SubscriptionArn');
      if (subscription) return subscription.split(':').slice(0, 6).join(':');
      const name = operation === 'CreateTopic' ? str('Name') : undefined;
      return name ? `arn:aws:sns:${region}:${accountId}:${name}` : '*';
    }
    case 'dynamodb': {
      const table = str('TableName') ?? str('ResourceArn');
      if (!table) return '*';
      return isArn(table) ? table : `arn:aws:dynamodb:${region}:${accountId}:table/${table}`;
    }
    case 'dynamodb-streams': {
      // DescribeStream and GetShardIterator name the stream; a shard iterator starts with its stream's ARN.
      const stream = str('StreamArn') ?? str('ShardIterator')?.split('|')[0];
      return stream && isArn(stream) ? stream : '*';
    }
    case 'lambda': {
      const fn = str('FunctionName');
      if (!fn) return '*';
      if (isArn(fn)) return fn;
      return `arn:aws:lambda:${region}:${accountId}:function:${fn}`;
    }
    case 'kms': {
      const key = str('KeyId') ?? str('AliasName');
      if (!key) return '*';
      if (isArn(key)) return key;
      return key.startsWith('alias/') ? `arn:aws:kms:${region}:${accountId}:${key}` : `arn:aws:kms:${region}:${accountId}:key/${key}`;
    }
    case 'secrets-manager': {
      const id = str('SecretId') ?? (operation === 'CreateSecret' ? str('Name') : undefined);
      if (!id) return '*';
      return isArn(id) ? id : `arn:aws:secretsmanager:${region}:${accountId}:secret:${id}`;
    }
    case 'ssm': {
      const name = str('Name');
      if (!name) return '*';
      return isArn(name) ? name : `arn:aws:ssm:${region}:${accountId}:parameter/${name.replace(/^\//, '')}`;
    }
    case 'cloudwatch-logs': {
      const group = str('logGroupName');
      return group ? `arn:aws:logs:${region}:${accountId}:log-group:${group}` : '*';
    }
    case 'iam': {
      const policy = str('PolicyArn');
      if (policy) return policy;
      const user = str('UserName');
      if (user) return `arn:aws:iam::${accountId}:user/${user}`;
      const role = str('RoleName');
      if (role) return `arn:aws:iam::${accountId}:role/${role}`;
      const group = str('GroupName');
      if (group) return `arn:aws:iam::${accountId}:group/${group}`;
      const profile = str('InstanceProfileName');
      if (profile) return `arn:aws:iam::${accountId}:instance-profile/${profile}`;
      return '*';
    }
    case 'sts':
      return str('RoleArn') ?? '*';
    default:
      return '*';
  }
}

/** One authorization a request needs: the resource, and the action when it is not the operation's own. */
export interface RequestTarget {
  resource: string;
  action?: string;
  /**
   * When the target stands for another request than the one made (a CopyObject's read of its
   * source is a GetObject of the source object): its operation and input, so the resource's own
   * policy and condition keys are those of that request.
   */
  operation?: string;
  input?: Record<string, unknown>;
  /**
   * A denial the operation decides about, not the authorize step: recorded under this label
   * (`recordDeferredDenial`) instead of refusing the request. DeleteObjects reports a key it may
   * not delete among its Errors; CopyObject needs the source's tagging permission only when the
   * source has tags to copy.
   */
  deferred?: string;
}

// Keyed by the request's decoded input, which the authorize step and the operation share.
const deferredDenials = new WeakMap<object, Map<string, Error>>();

/** Records a deferred target's denial for the operation (the first one per label counts). */
export function recordDeferredDenial(input: object, label: string, error: Error): void {
  let denials = deferredDenials.get(input);
  if (!denials) deferredDenials.set(input, (denials = new Map()));
  if (!denials.has(label)) denials.set(label, error);
}

/** The denial the authorize step recorded under `label` for this request, if any. */
export function deferredDenial(input: object, label: string): Error | undefined {
  return deferredDenials.get(input)?.get(label);
}

const DYNAMODB_WRITE_ACTIONS: Record<string, string> = {
  Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem', Delete: 'dynamodb:DeleteItem', ConditionCheck: 'dynamodb:ConditionCheckItem',
};

/**
 * Every resource a request must be authorized on. Most requests name one (`requestResource`);
 * DynamoDB's batches and transactions name several tables, each authorized separately (against
 * its own resource policy), as AWS does: BatchGetItem and BatchWriteItem per table of
 * RequestItems, TransactGetItems as dynamodb:GetItem and TransactWriteItems as PutItem,
 * UpdateItem, DeleteItem or ConditionCheckItem, per item.
 */
export function requestResources(service: string, operation: string, input: Record<string, unknown>, accountId: string, region: string): RequestTarget[] {
  if (service === 's3') return s3RequestTargets(operation, input);
  if (service === 'eventbridge' && operation === 'PutEvents') return eventBusesOf(input, accountId, region);
  if (service !== 'dynamodb') return [{ resource: requestResource(service, operation, input, accountId, region) }];
  const tableArn = (name: string) => (name.startsWith('arn:') ? name : `arn:aws:dynamodb:${region}:${accountId}:table/${name}`);
  const record = (value: unknown): Record<string, unknown> | undefined => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined);
  const targets: RequestTarget[] = [];
  if (operation === 'BatchGetItem' || operation === 'BatchWriteItem') {
    for (const name of Object.keys(record(input.RequestItems) ?? {})) targets.push({ resource: tableArn(name) });
  } else if (operation === 'TransactGetItems' || operation === 'TransactWriteItems') {
    for (const entry of Array.isArray(input.TransactItems) ? input.TransactItems : []) {
      for (const [kind, action] of Object.entries(operation === 'TransactGetItems' ? { Get: 'dynamodb:GetItem' } : DYNAMODB_WRITE_ACTIONS)) {
        const name = record(record(entry)?.[kind])?.TableName;
        if (typeof name === 'string') targets.push({ resource: tableArn(name), action });
      }
    }
  } else {
    return [{ resource: requestResource(service, operation, input, accountId, region) }];
  }
  const unique = [...new Map(targets.map((t) => [`${t.action}|${t.resource}`, t])).values()];
  return unique.length > 0 ? unique : [{ resource: '*' }];
}

/** PutEvents acts on the bus of each entry (by name, or another account's by ARN), each authorized against its own bus policy. */
function eventBusesOf(input: Record<string, unknown>, accountId: string, region: string): RequestTarget[] {
  const entries = Array.isArray(input.Entries) ? (input.Entries as unknown[]) : [];
  const arns = entries.map((entry) => {
    const bus = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).EventBusName : undefined;
    const name = typeof bus === 'string' && bus !== '' ? bus : 'default';
    return name.startsWith('arn:') ? name : `arn:aws:events:${region}:${accountId}:event-bus/${name}`;
  });
  const unique = [...new Set(arns)];
  return unique.length > 0 ? unique.map((resource) => ({ resource })) : [{ resource: '*' }];
}
