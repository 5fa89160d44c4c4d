import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateTopicCommand, PublishCommand, SetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { DEFAULT_CONFIG } from '../../../src/server/config.js';
import { startServer, type RunningKumo } from '../../../src/server/start-server.js';

const OWNER = '111111111111';
const OTHER = '222222222222';

/** With KUMO_ENFORCE_IAM=1 the topic policy decides whether another account may publish. */
describe('SNS topic policies under IAM enforcement', () => {
  let kumo: RunningKumo;
  const config = (accessKeyId: string, secretAccessKey = 'test') => ({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey } });

  before(async () => {
    kumo = await startServer({ ...DEFAULT_CONFIG, port: 0, inMemory: true, dataDir: undefined, services: ['iam', 'sts', 'sns'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
  });
  after(() => kumo.stop());

  test('the default policy keeps other accounts out; a statement granting sns:Publish lets them in', async () => {
    const owner = new SNSClient(config(OWNER));
    const { TopicArn } = await owner.send(new CreateTopicCommand({ Name: 'shared' }));
    const iam = new IAMClient(config(OTHER));
    await iam.send(new CreateUserCommand({ UserName: 'carol' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'carol', PolicyName: 'publish',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }))).AccessKey!;
    const carol = new SNSClient(config(key.AccessKeyId!, key.SecretAccessKey!));

    await assert.rejects(carol.send(new PublishCommand({ TopicArn, Message: 'denied' })), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'AuthorizationErrorException');
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.match(error.message, new RegExp(`^User: arn:aws:iam::${OTHER}:user/carol is not authorized to perform: sns:Publish on resource: ${TopicArn}`));
      return true;
    });
    await owner.send(new SetTopicAttributesCommand({
      TopicArn, AttributeName: 'Policy',
      AttributeValue: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'sns:Publish', Resource: TopicArn }],
      }),
    }));
    const { MessageId } = await carol.send(new PublishCommand({ TopicArn, Message: 'allowed' }));
    assert.match(MessageId!, /^[0-9a-f-]{36}$/);
  });
});
