import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DEFAULT_CONFIG } from '../../../src/server/config.js';
import { startServer, type RunningKumo } from '../../../src/server/start-server.js';

const OWNER = '111111111111';
const OTHER = '222222222222';

/** With KUMO_ENFORCE_IAM=1 a queue policy decides whether another account may use the queue. */
describe('SQS queue policies under IAM enforcement', () => {
  let kumo: RunningKumo;
  const config = (accessKeyId: string, secretAccessKey = 'test') => ({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey } });

  before(async () => {
    kumo = await startServer({ ...DEFAULT_CONFIG, port: 0, inMemory: true, dataDir: undefined, services: ['iam', 'sts', 'sqs'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
  });
  after(() => kumo.stop());

  test('another account may send only once the queue policy grants it SendMessage', async () => {
    const owner = new SQSClient(config(OWNER));
    const { QueueUrl } = await owner.send(new CreateQueueCommand({ QueueName: 'shared' }));
    // A user of the other account whose own policy allows sending anywhere.
    const iam = new IAMClient(config(OTHER));
    await iam.send(new CreateUserCommand({ UserName: 'bob' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'bob', PolicyName: 'send',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }))).AccessKey!;
    const bob = new SQSClient(config(key.AccessKeyId!, key.SecretAccessKey!));

    await assert.rejects(bob.send(new SendMessageCommand({ QueueUrl, MessageBody: 'denied' })), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.match(error.message, new RegExp(`User: arn:aws:iam::${OTHER}:user/bob is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:${OWNER}:shared`));
      return true;
    });

    await owner.send(new SetQueueAttributesCommand({
      QueueUrl,
      Attributes: {
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:us-east-1:${OWNER}:shared` }],
        }),
      },
    }));
    const sent = await bob.send(new SendMessageCommand({ QueueUrl, MessageBody: 'from the other account' }));
    assert.match(sent.MessageId!, /^[0-9a-f-]{36}$/);
    const { Messages } = await owner.send(new ReceiveMessageCommand({ QueueUrl, MessageSystemAttributeNames: ['SenderId'] }));
    assert.equal(Messages?.[0]?.Body, 'from the other account');
    // The policy grants SendMessage only: bob's identity policy would not reach ReceiveMessage anyway.
    await assert.rejects(bob.send(new ReceiveMessageCommand({ QueueUrl })), (error: Error & { $metadata: { httpStatusCode?: number } }) => error.$metadata.httpStatusCode === 403);
  });
});
