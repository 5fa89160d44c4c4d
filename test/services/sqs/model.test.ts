import { test } from 'node:test';
import assert from 'node:assert/strict';
import { md5OfAttributes } from '../../../src/services/sqs/model/message-attributes.js';
import { parseQueueUrl, queueUrl } from '../../../src/services/sqs/model/queue-url.js';

test('MD5 of message attributes matches the published examples', () => {
  assert.equal(md5OfAttributes({ attribName1: { DataType: 'String', StringValue: 'attribValue 1' } }), '19e27d4e946b072f3f58da80d94fd778');
  assert.equal(
    md5OfAttributes({ binaryAttribute: { DataType: 'Binary', BinaryValue: Buffer.from('Hello binary world!').toString('base64') } }),
    '31a92b15d92f8db860eda32aceb656c3',
  );
  assert.equal(
    md5OfAttributes({
      customNumberTypeAttrib: { DataType: 'Number.float', StringValue: '4563442423554324324264524243.32543234' },
      binaryAttribute: { DataType: 'Binary', BinaryValue: Buffer.from('Hello binary world!').toString('base64') },
      attribName1: { DataType: 'String', StringValue: 'attribValue 1' },
    }),
    'c932db14a896c663f83c260297d594ff',
  );
});

test('queue URLs: regional host on a name, path form on an IP or localhost, parsed back from any host', () => {
  const address = { accountId: '000000000000', region: 'eu-west-1', name: 'q.fifo' };
  assert.equal(queueUrl('http://localhost.localstack.cloud:4566', address), 'http://sqs.eu-west-1.localhost.localstack.cloud:4566/000000000000/q.fifo');
  assert.equal(queueUrl('http://sqs.us-east-1.localhost.localstack.cloud:4566', address), 'http://sqs.eu-west-1.localhost.localstack.cloud:4566/000000000000/q.fifo');
  assert.equal(queueUrl('http://127.0.0.1:4566', address), 'http://127.0.0.1:4566/000000000000/q.fifo');
  assert.equal(queueUrl('http://localhost:4566', address), 'http://localhost:4566/000000000000/q.fifo');
  assert.deepEqual(parseQueueUrl('http://sqs.eu-west-1.example.test:4566/123456789012/q', 'us-east-1'), { accountId: '123456789012', region: 'eu-west-1', name: 'q' });
  assert.deepEqual(parseQueueUrl('https://sqs.us-east-2.amazonaws.com/123456789012/q', 'us-east-1'), { accountId: '123456789012', region: 'us-east-2', name: 'q' });
  assert.deepEqual(parseQueueUrl('http://127.0.0.1:4566/123456789012/q', 'ap-south-1'), { accountId: '123456789012', region: 'ap-south-1', name: 'q' });
  assert.deepEqual(parseQueueUrl('http://localhost:4566/queue/eu-west-2/123456789012/q', 'us-east-1'), { accountId: '123456789012', region: 'eu-west-2', name: 'q' });
  assert.equal(parseQueueUrl('q', 'us-east-1'), undefined);
  assert.equal(parseQueueUrl('http://localhost:4566/q', 'us-east-1'), undefined);
});
