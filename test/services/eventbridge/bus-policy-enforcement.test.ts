import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, EventBridgeClient, PutEventsCommand, PutPermissionCommand } from '@aws-sdk/client-eventbridge';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';

const OWNER = '111111111111';
const OTHER = '222222222222';

/** With KUMO_ENFORCE_IAM=1 the bus policy is the resource side of a cross-account PutEvents. */
describe('EventBridge bus policies under IAM enforcement', () => {
  let kumo: EmbeddedKumo;
  const config = (accessKeyId: string, secretAccessKey = 'test') => ({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey } });
  before(async () => (kumo = await startKumo({ port: 0, services: ['iam', 'sts', 'eventbridge'], enforceIam: true, enforceSigV4: true })));
  after(() => kumo.stop());

  test("another account's user needs both its identity policy and the bus policy", async () => {
    const owner = new EventBridgeClient(config(OWNER));
    await owner.send(new CreateEventBusCommand({ Name: 'shared' }));
    const busArn = `arn:aws:events:us-east-1:${OWNER}:event-bus/shared`;
    const iam = new IAMClient(config(OTHER));
    await iam.send(new CreateUserCommand({ UserName: 'carol' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'carol', PolicyName: 'put',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'events:PutEvents', Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }))).AccessKey!;
    const carol = new EventBridgeClient(config(key.AccessKeyId!, key.SecretAccessKey!));
    const put = () => carol.send(new PutEventsCommand({ Entries: [{ Source: 'app', DetailType: 'x', Detail: '{}', EventBusName: busArn }] }));

    await assert.rejects(put(), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'AccessDeniedException');
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.equal(error.message, `User: arn:aws:iam::${OTHER}:user/carol is not authorized to perform: events:PutEvents on resource: ${busArn} because no resource-based policy allows the events:PutEvents action`);
      return true;
    });
    await owner.send(new PutPermissionCommand({ EventBusName: 'shared', Action: 'events:PutEvents', Principal: OTHER, StatementId: 'other' }));
    const { FailedEntryCount, Entries } = await put();
    assert.equal(FailedEntryCount, 0);
    assert.match(Entries![0]!.EventId!, /^[0-9a-f-]{36}$/);
  });
});
