import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient, GetItemCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient, EncryptCommand } from '@aws-sdk/client-kms';
import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { modelCatalog } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import { jsonProtocol } from './json.js';
import { sdkLoopback, type LoopbackHandler } from './testing/sdk-loopback.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
function clientConfig(service: string, handler: LoopbackHandler) {
  return { region: 'us-east-1', credentials, endpoint: 'http://localhost:4566', maxAttempts: 1, requestHandler: sdkLoopback(jsonProtocol, modelCatalog().model(service), handler) };
}

describe('json protocol through AWS SDK v3 clients', () => {
  test('DynamoDB (json 1.0): input maps and output lists', async () => {
    let seen: unknown;
    const client = new DynamoDBClient(clientConfig('dynamodb', (op, input) => {
      seen = { op, input };
      return op === 'ListTables' ? { TableNames: ['a', 'b'], LastEvaluatedTableName: 'b' } : { Item: { pk: { S: 'x' }, n: { N: '1' }, b: { B: Buffer.from('hi') } } };
    }));
    const tables = await client.send(new ListTablesCommand({ Limit: 2 }));
    assert.deepEqual(tables.TableNames, ['a', 'b']);
    assert.deepEqual(seen, { op: 'ListTables', input: { Limit: 2 } });
    const item = await client.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'x' } }, ConsistentRead: true }));
    assert.deepEqual(seen, { op: 'GetItem', input: { TableName: 't', Key: { pk: { S: 'x' } }, ConsistentRead: true } });
    assert.equal(item.Item?.n?.N, '1');
    assert.equal(Buffer.from(item.Item!.b!.B!).toString(), 'hi');
  });

  test('DynamoDB errors reach the SDK as their modeled class', async () => {
    const client = new DynamoDBClient(clientConfig('dynamodb', () => {
      throw new AwsError('ResourceNotFoundException', 'Requested resource not found', { status: 400 });
    }));
    await assert.rejects(client.send(new ListTablesCommand({})), (e: Error & { $metadata?: { httpStatusCode?: number; requestId?: string } }) => {
      assert.equal(e.name, 'ResourceNotFoundException');
      assert.equal(e.message, 'Requested resource not found');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      assert.equal(e.$metadata?.requestId, 'loopback-request-id');
      return true;
    });
  });

  test('SQS (query-compatible): the SDK sees the error by its query code', async () => {
    const client = new SQSClient(clientConfig('sqs', () => {
      throw new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', { queryCode: 'AWS.SimpleQueueService.NonExistentQueue' });
    }));
    await assert.rejects(client.send(new GetQueueUrlCommand({ QueueName: 'nope' })), (e: Error & { Code?: string }) => {
      assert.equal(e.name, 'QueueDoesNotExist');
      assert.equal(e.message, 'The specified queue does not exist.');
      return true;
    });
  });

  test('KMS (json 1.1): blobs travel base64', async () => {
    let plaintext: unknown;
    const client = new KMSClient(clientConfig('kms', (_op, input) => {
      plaintext = input.Plaintext;
      return { CiphertextBlob: Buffer.from('cipher'), KeyId: 'k', EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
    }));
    const out = await client.send(new EncryptCommand({ KeyId: 'k', Plaintext: Buffer.from('secret') }));
    assert.ok(Buffer.isBuffer(plaintext));
    assert.equal((plaintext as Buffer).toString(), 'secret');
    assert.equal(Buffer.from(out.CiphertextBlob!).toString(), 'cipher');
  });

  test('CloudWatch (json 1.0, patched): timestamps in and out', async () => {
    let input: Record<string, unknown> = {};
    const client = new CloudWatchClient(clientConfig('cloudwatch', (_op, i) => {
      input = i;
      return { MetricDataResults: [{ Id: 'm1', Timestamps: [new Date('2024-01-02T03:04:05Z'), 1704164645.5], Values: [1.5, 2], StatusCode: 'Complete' }] };
    }));
    const out = await client.send(new GetMetricDataCommand({
      StartTime: new Date('2024-01-01T00:00:00Z'),
      EndTime: new Date('2024-01-02T00:00:00Z'),
      MetricDataQueries: [{ Id: 'm1', Expression: 'SUM(x)' }],
    }));
    assert.ok(input.StartTime instanceof Date);
    assert.equal((input.StartTime as Date).toISOString(), '2024-01-01T00:00:00.000Z');
    const r = out.MetricDataResults![0]!;
    assert.equal(r.Timestamps![0]!.toISOString(), '2024-01-02T03:04:05.000Z');
    assert.equal(r.Timestamps![1]!.toISOString(), '2024-01-02T03:04:05.500Z');
    assert.deepEqual(r.Values, [1.5, 2]);
  });
});

describe('json 1.1 through @aws-sdk/client-kms: maps, timestamps and errors', () => {
  test('Encrypt: an EncryptionContext map and a list in, blobs out', async () => {
    let seen: unknown;
    const client = new KMSClient(clientConfig('kms', (op, input) => {
      seen = { op, input: { ...input, Plaintext: Buffer.from(input.Plaintext as Uint8Array).toString() } };
      return { CiphertextBlob: Buffer.from([0, 1, 2, 255]), KeyId: 'arn:aws:kms:us-east-1:000000000000:key/k', EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
    }));
    const out = await client.send(new EncryptCommand({ KeyId: 'alias/app', Plaintext: Buffer.from('s3cr3t'), EncryptionContext: { tenant: 'a', 'with space': 'b=c' }, GrantTokens: ['g1', 'g2'] }));
    assert.deepEqual(seen, { op: 'Encrypt', input: { KeyId: 'alias/app', Plaintext: 's3cr3t', EncryptionContext: { tenant: 'a', 'with space': 'b=c' }, GrantTokens: ['g1', 'g2'] } });
    assert.deepEqual([...out.CiphertextBlob!], [0, 1, 2, 255]);
    assert.equal(out.KeyId, 'arn:aws:kms:us-east-1:000000000000:key/k');
  });

  test('DescribeKey: nested metadata with epoch timestamps and enum lists', async () => {
    const metadata = {
      AWSAccountId: '000000000000',
      KeyId: 'k',
      Arn: 'arn:aws:kms:us-east-1:000000000000:key/k',
      CreationDate: new Date('2024-02-03T04:05:06.789Z'),
      DeletionDate: new Date('2024-03-03T00:00:00Z'),
      Enabled: false,
      KeyUsage: 'ENCRYPT_DECRYPT' as const,
      KeyState: 'PendingDeletion' as const,
      Origin: 'AWS_KMS' as const,
      KeyManager: 'CUSTOMER' as const,
      KeySpec: 'SYMMETRIC_DEFAULT' as const,
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT' as const],
      MultiRegion: false,
    };
    const client = new KMSClient(clientConfig('kms', () => ({ KeyMetadata: metadata })));
    const out = await client.send(new DescribeKeyCommand({ KeyId: 'k' }));
    assert.deepEqual(out.KeyMetadata, metadata);
  });

  test('NotFoundException and KMSInvalidStateException reach the client as their classes', async () => {
    for (const [code, message] of [['NotFoundException', 'Key arn:aws:kms:us-east-1:000000000000:key/x does not exist'], ['KMSInvalidStateException', 'arn:aws:kms:us-east-1:000000000000:key/k is pending deletion.']] as const) {
      const client = new KMSClient(clientConfig('kms', () => {
        throw new AwsError(code, message);
      }));
      await assert.rejects(client.send(new DescribeKeyCommand({ KeyId: 'x' })), (e: Error & { $fault?: string; $metadata?: { httpStatusCode?: number } }) => {
        assert.equal(e.name, code);
        assert.equal(e.message, message);
        assert.equal(e.$fault, 'client');
        assert.equal(e.$metadata?.httpStatusCode, 400);
        return true;
      });
    }
  });
});
