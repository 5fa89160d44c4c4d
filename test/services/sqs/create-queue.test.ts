import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

describe('SQS CreateQueue', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('returns a queue URL on the client host; attributes and FIFO defaults apply', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'orders', Attributes: { VisibilityTimeout: '45', DelaySeconds: '5' } }));
    assert.equal(QueueUrl, `${kumo.url}/000000000000/orders`);
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    assert.equal(Attributes?.VisibilityTimeout, '45');
    assert.equal(Attributes?.DelaySeconds, '5');
    assert.equal(Attributes?.MessageRetentionPeriod, '345600');
    assert.equal(Attributes?.QueueArn, 'arn:aws:sqs:us-east-1:000000000000:orders');
    assert.equal(Attributes?.FifoQueue, undefined);
    const standard = await sqs.send(new CreateQueueCommand({ QueueName: 'std', Attributes: { FifoQueue: 'false' } }));
    assert.equal((await sqs.send(new GetQueueAttributesCommand({ QueueUrl: standard.QueueUrl, AttributeNames: ['All'] }))).Attributes?.FifoQueue, undefined);
    await sqs.send(new CreateQueueCommand({ QueueName: 'std', Attributes: { FifoQueue: 'false' } }));

    const fifo = await sqs.send(new CreateQueueCommand({ QueueName: 'jobs.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }));
    const fifoAttributes = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: fifo.QueueUrl, AttributeNames: ['All'] }))).Attributes;
    assert.deepEqual(
      [fifoAttributes?.FifoQueue, fifoAttributes?.ContentBasedDeduplication, fifoAttributes?.DeduplicationScope, fifoAttributes?.FifoThroughputLimit],
      ['true', 'true', 'queue', 'perQueue'],
    );
  });

  test('is idempotent with the same attributes and refuses different ones', async () => {
    const first = await sqs.send(new CreateQueueCommand({ QueueName: 'same', Attributes: { VisibilityTimeout: '60' } }));
    const again = await sqs.send(new CreateQueueCommand({ QueueName: 'same', Attributes: { VisibilityTimeout: '60' } }));
    assert.equal(again.QueueUrl, first.QueueUrl);
    await sqs.send(new CreateQueueCommand({ QueueName: 'same' }));
    await rejects(
      sqs.send(new CreateQueueCommand({ QueueName: 'same', Attributes: { VisibilityTimeout: '61' } })),
      'QueueNameExists',
      'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
    );
  });

  test('a deleted name is reserved for 60 seconds', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'gone' }));
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'gone' })), 'QueueDeletedRecently', /wait 60 seconds/);
    await advanceClock(kumo, 61);
    assert.equal((await sqs.send(new CreateQueueCommand({ QueueName: 'gone' }))).QueueUrl, QueueUrl);
  });

  test('validates names and attributes as AWS does', async () => {
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'bad name' })), 'InvalidParameterValue', 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'x'.repeat(81) })), 'InvalidParameterValue', /1 to 80 in length/);
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'nofifo.fifo' })), 'InvalidParameterValue', /must end with \.fifo suffix/);
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'plain', Attributes: { FifoQueue: 'true' } })), 'InvalidParameterValue', /must end with \.fifo suffix/);
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'v', Attributes: { VisibilityTimeout: '43201' } })), 'InvalidAttributeValue', 'Invalid value for the parameter VisibilityTimeout.');
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'v', Attributes: { MaximumMessageSize: '1023' } })), 'InvalidAttributeValue', 'Invalid value for the parameter MaximumMessageSize.');
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'v', Attributes: { Colour: 'blue' } })), 'InvalidAttributeName', 'Unknown Attribute Colour.');
    await rejects(sqs.send(new CreateQueueCommand({ QueueName: 'v', Attributes: { ContentBasedDeduplication: 'true' } })), 'InvalidAttributeName', 'Unknown Attribute ContentBasedDeduplication.');
    await rejects(
      sqs.send(new CreateQueueCommand({ QueueName: 'v', Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:none', maxReceiveCount: 3 }) } })),
      'InvalidParameterValue',
      /Reason: Dead letter target does not exist\.$/,
    );
  });
});
