import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateEventBusCommand, DescribeEventBusCommand, EventBridgeClient, PutEventsCommand, PutPermissionCommand, PutRuleCommand, PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

const OTHER = '111111111111';
const busArnOf = (name: string, account = ACCOUNT) => `arn:aws:events:${REGION}:${account}:event-bus/${name}`;

describe('EventBridge PutPermission', () => {
  let k: EventsKumo;
  let other: EventBridgeClient;
  before(async () => {
    k = await startEventsKumo();
    other = new EventBridgeClient({ ...k.kumo.clientConfig, credentials: { accessKeyId: OTHER, secretAccessKey: 'test' } });
  });
  after(() => k.kumo.stop());

  const policyOf = async (name?: string) => {
    const { Policy } = await k.events.send(new DescribeEventBusCommand({ Name: name }));
    return Policy === undefined ? undefined : (JSON.parse(Policy) as { Version: string; Statement: unknown[] });
  };

  test('an account principal becomes a statement granting events:PutEvents on the bus; a StatementId is replaced', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'shared' }));
    assert.equal(await policyOf('shared'), undefined);
    await k.events.send(new PutPermissionCommand({ EventBusName: 'shared', Action: 'events:PutEvents', Principal: OTHER, StatementId: 'other' }));
    assert.deepEqual(await policyOf('shared'), {
      Version: '2012-10-17',
      Statement: [{ Sid: 'other', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'events:PutEvents', Resource: busArnOf('shared') }],
    });
    await k.events.send(new PutPermissionCommand({
      EventBusName: 'shared', Action: 'events:PutEvents', Principal: '*', StatementId: 'other',
      Condition: { Type: 'StringEquals', Key: 'aws:PrincipalOrgID', Value: 'o-abc123' },
    }));
    assert.deepEqual((await policyOf('shared'))!.Statement, [{
      Sid: 'other', Effect: 'Allow', Principal: '*', Action: 'events:PutEvents', Resource: busArnOf('shared'),
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
    }]);
  });

  test('a whole Policy document replaces the policy', async () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'all', Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'events:PutEvents', Resource: busArnOf('default') }],
    };
    await k.events.send(new PutPermissionCommand({ Policy: JSON.stringify(policy) }));
    assert.deepEqual(await policyOf(), policy);
    const bad = await failure(k.events.send(new PutPermissionCommand({ Policy: '{not json' })));
    assert.deepEqual([bad.name, bad.message, bad.status], ['ValidationException', 'This policy contains invalid Json', 400]);
  });

  test('validation: action, principal, condition and a missing bus', async () => {
    const action = await failure(k.events.send(new PutPermissionCommand({ Action: 'events:PutRule', Principal: OTHER, StatementId: 's' })));
    assert.deepEqual([action.name, action.message], ['ValidationException', "Provided value in parameter 'action' is not supported."]);
    const principal = await failure(k.events.send(new PutPermissionCommand({ Action: 'events:PutEvents', Principal: 'someone', StatementId: 's' })));
    assert.equal(principal.name, 'ValidationException');
    assert.match(principal.message, /Value 'someone' at 'principal' failed to satisfy constraint/);
    const condition = await failure(k.events.send(new PutPermissionCommand({
      Action: 'events:PutEvents', Principal: OTHER, StatementId: 's', Condition: { Type: 'StringEquals', Key: 'aws:PrincipalOrgID', Value: 'o-1' },
    })));
    assert.equal(condition.message, "Value of the parameter 'principal' must be '*' when the parameter 'condition' is set.");
    const missing = await failure(k.events.send(new PutPermissionCommand({ EventBusName: 'nope', Action: 'events:PutEvents', Principal: OTHER, StatementId: 's' })));
    assert.deepEqual([missing.name, missing.message], ['ResourceNotFoundException', 'Event bus nope does not exist.']);
  });

  test('another account may put events on the bus (named by ARN) only once the policy allows it', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'inbox' }));
    const q = await k.queue('inbox-q');
    await k.events.send(new PutRuleCommand({ Name: 'all', EventBusName: 'inbox', EventPattern: '{"source":["partner.app"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'all', EventBusName: 'inbox', Targets: [{ Id: 'q', Arn: q.arn }] }));
    const entry = { Source: 'partner.app', DetailType: 'Ping', Detail: '{"n":1}', EventBusName: busArnOf('inbox') };

    const refused = await other.send(new PutEventsCommand({ Entries: [entry] }));
    assert.equal(refused.FailedEntryCount, 1);
    assert.deepEqual(refused.Entries, [{
      ErrorCode: 'AccessDeniedException',
      ErrorMessage: `User: arn:aws:iam::${OTHER}:root is not authorized to perform: events:PutEvents on resource: ${busArnOf('inbox')} because no resource-based policy allows the events:PutEvents action`,
    }]);

    // An organization condition never holds for an account outside any organization.
    await k.events.send(new PutPermissionCommand({
      EventBusName: 'inbox', Action: 'events:PutEvents', Principal: '*', StatementId: 'org',
      Condition: { Type: 'StringEquals', Key: 'aws:PrincipalOrgID', Value: 'o-abc123' },
    }));
    assert.equal((await other.send(new PutEventsCommand({ Entries: [entry] }))).FailedEntryCount, 1);

    await k.events.send(new PutPermissionCommand({ EventBusName: 'inbox', Action: 'events:PutEvents', Principal: OTHER, StatementId: 'other' }));
    const accepted = await other.send(new PutEventsCommand({ Entries: [entry] }));
    assert.equal(accepted.FailedEntryCount, 0);
    const [message] = await k.receive(q.url);
    const event = JSON.parse(message!.Body!) as { account: string; id: string };
    // The event names the account that sent it.
    assert.deepEqual([event.account, event.id], [OTHER, accepted.Entries![0]!.EventId]);
  });

  test("a rule's target may be another account's bus only where that bus's policy allows the rule's account", async () => {
    const otherSqs = new SQSClient({ ...k.kumo.clientConfig, credentials: { accessKeyId: OTHER, secretAccessKey: 'test' } });
    await otherSqs.send(new CreateQueueCommand({ QueueName: 'forward-dlq' }));
    const dlqUrl = `${k.kumo.url}/${OTHER}/forward-dlq`;
    const received = await k.queue('central-q');
    await k.events.send(new CreateEventBusCommand({ Name: 'central' }));
    await k.events.send(new PutRuleCommand({ Name: 'central-all', EventBusName: 'central', EventPattern: '{"source":["branch.app"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'central-all', EventBusName: 'central', Targets: [{ Id: 'q', Arn: received.arn }] }));
    await other.send(new PutRuleCommand({ Name: 'forward', EventPattern: '{"source":["branch.app"]}' }));
    await other.send(new PutTargetsCommand({
      Rule: 'forward',
      Targets: [{ Id: 'central', Arn: busArnOf('central'), DeadLetterConfig: { Arn: `arn:aws:sqs:${REGION}:${OTHER}:forward-dlq` } }],
    }));
    const send = () => other.send(new PutEventsCommand({ Entries: [{ Source: 'branch.app', DetailType: 'Sale', Detail: '{}' }] }));

    await send();
    const { Messages = [] } = await otherSqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, WaitTimeSeconds: 1, MessageAttributeNames: ['All'] }));
    assert.equal(Messages.length, 1);
    assert.equal(Messages[0]!.MessageAttributes!.ERROR_CODE!.StringValue, 'NO_PERMISSIONS');
    assert.equal(Messages[0]!.MessageAttributes!.RETRY_ATTEMPTS!.StringValue, '0');
    assert.deepEqual(await k.receive(received.url, 0), []);

    await k.events.send(new PutPermissionCommand({ EventBusName: 'central', Action: 'events:PutEvents', Principal: OTHER, StatementId: 'branch' }));
    await send();
    const [forwarded] = await k.receive(received.url);
    assert.equal((JSON.parse(forwarded!.Body!) as { account: string }).account, OTHER);
  });
});
