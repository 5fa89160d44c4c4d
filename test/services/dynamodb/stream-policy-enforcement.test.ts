import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { DescribeTableCommand, DynamoDBClient, PutItemCommand, PutResourcePolicyCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable, failure } from './support.js';

const OWNER = '111111111111';
const OTHER = '222222222222';

/** DynamoDB Streams calls on another account's stream are decided by the stream's own resource-based policy. */
describe('DynamoDB stream policies under IAM enforcement', () => {
  let kumo: EmbeddedKumo;
  const config = (accessKeyId: string, secretAccessKey = 'test') => ({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });

  before(async () => {
    kumo = await startKumo({ port: 0, services: ['iam', 'sts', 'dynamodb', 'dynamodb-streams'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
  });
  after(() => kumo.stop());

  test('cross-account GetRecords is denied, then allowed once the stream policy grants it', async () => {
    const owner = new DynamoDBClient(config(OWNER));
    await createKeyTable(owner, 'feed', { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } });
    const tableArn = `arn:aws:dynamodb:us-east-1:${OWNER}:table/feed`;
    const streamArn = (await owner.send(new DescribeTableCommand({ TableName: 'feed' }))).Table!.LatestStreamArn!;
    await owner.send(new PutItemCommand({ TableName: 'feed', Item: { pk: { S: 'e1' }, v: { N: '1' } } }));
    const ownerStreams = new DynamoDBStreamsClient(config(OWNER));
    const shardId = (await ownerStreams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription!.Shards![0]!.ShardId!;
    const ownersIterator = (await ownerStreams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;

    const iam = new IAMClient(config(OTHER));
    await iam.send(new CreateUserCommand({ UserName: 'consumer' }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'consumer', PolicyName: 'streams',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:DescribeStream', 'dynamodb:GetShardIterator', 'dynamodb:GetRecords'], Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'consumer' }))).AccessKey!;
    const consumer = new DynamoDBStreamsClient(config(key.AccessKeyId!, key.SecretAccessKey!));

    const denied = await failure(consumer.send(new GetRecordsCommand({ ShardIterator: ownersIterator })));
    assert.deepEqual([denied.name, denied.status], ['AccessDeniedException', 403]);
    assert.equal(denied.message, `User: arn:aws:iam::${OTHER}:user/consumer is not authorized to perform: dynamodb:GetRecords on resource: ${streamArn} because no resource-based policy allows the dynamodb:GetRecords action`);
    assert.equal((await failure(consumer.send(new DescribeStreamCommand({ StreamArn: streamArn })))).status, 403);

    // A policy on the table does not open its stream: the stream is its own resource.
    await owner.send(new PutResourcePolicyCommand({
      ResourceArn: tableArn,
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'dynamodb:GetItem', Resource: tableArn }] }),
    }));
    assert.equal((await failure(consumer.send(new GetRecordsCommand({ ShardIterator: ownersIterator })))).status, 403);

    await owner.send(new PutResourcePolicyCommand({
      ResourceArn: streamArn,
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: ['dynamodb:DescribeStream', 'dynamodb:GetShardIterator', 'dynamodb:GetRecords'], Resource: streamArn }] }),
    }));
    const { Records } = await consumer.send(new GetRecordsCommand({ ShardIterator: ownersIterator }));
    assert.deepEqual(Records?.map((r) => [r.eventName, r.dynamodb?.NewImage]), [['INSERT', { pk: { S: 'e1' }, v: { N: '1' } }]]);

    const described = (await consumer.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription!;
    assert.deepEqual([described.StreamArn, described.TableName, described.Shards?.[0]?.ShardId], [streamArn, 'feed', shardId]);
    const own = (await consumer.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    assert.equal((await consumer.send(new GetRecordsCommand({ ShardIterator: own }))).Records?.length, 1);
  });
});
