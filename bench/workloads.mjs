import zlib from 'node:zlib';
// The requests `npm run bench` measures. Each service issue adds its hot paths here; `peers`
// names the other servers that answer the same request (the bare server answers anything).
const SIGV4 = (service) =>
  `AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000`;

export const WORKLOADS = [
  {
    name: 'sts.GetCallerIdentity (query)',
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: SIGV4('sts'), 'x-amz-date': '20240101T000000Z' },
    body: 'Action=GetCallerIdentity&Version=2011-06-15',
    peers: ['moto'],
  },
  {
    name: 'cloudwatch.PutMetricData (json 1.0, a store write)',
    method: 'POST',
    path: '/',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'GraniteServiceVersion20100801.PutMetricData',
      'x-amzn-query-mode': 'true',
      authorization: SIGV4('monitoring'),
      'x-amz-date': '20240101T000000Z',
    },
    body: JSON.stringify({ Namespace: 'Bench', MetricData: [{ MetricName: 'Latency', Value: 12.5, Unit: 'Milliseconds', Dimensions: [{ Name: 'Api', Value: 'get' }] }] }),
    peers: ['moto'],
  },
  {
    name: 'cloudwatch.PutMetricData (query)',
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: SIGV4('monitoring'), 'x-amz-date': '20240101T000000Z' },
    body: 'Action=PutMetricData&Version=2010-08-01&Namespace=Bench&MetricData.member.1.MetricName=Latency&MetricData.member.1.Value=12.5&MetricData.member.1.Unit=Milliseconds',
    peers: ['moto'],
  },
  // SQS hot paths. `setup` requests go to each server before its runs (the queue and, for
  // receives, messages to take). The queue URL's host is ignored by Kumo and moto alike.
  {
    name: 'sqs.SendMessage (json 1.0)',
    method: 'POST',
    path: '/',
    headers: sqsHeaders('SendMessage'),
    body: JSON.stringify({ QueueUrl: 'http://localhost/000000000000/bench-send', MessageBody: 'x'.repeat(256), MessageAttributes: { kind: { DataType: 'String', StringValue: 'order' } } }),
    setup: [sqsRequest('CreateQueue', { QueueName: 'bench-send' })],
    peers: ['moto'],
  },
  {
    // Receiving with VisibilityTimeout 0 leaves the message visible, so every request takes
    // one (and writes its new receive state) without draining the queue.
    name: 'sqs.ReceiveMessage (json 1.0)',
    method: 'POST',
    path: '/',
    headers: sqsHeaders('ReceiveMessage'),
    body: JSON.stringify({ QueueUrl: 'http://localhost/000000000000/bench-receive', MaxNumberOfMessages: 1, VisibilityTimeout: 0 }),
    setup: [
      sqsRequest('CreateQueue', { QueueName: 'bench-receive' }),
      ...Array.from({ length: 20 }, (_, i) => sqsRequest('SendMessage', { QueueUrl: 'http://localhost/000000000000/bench-receive', MessageBody: `m${i}` })),
    ],
    peers: ['moto'],
  },
  {
    name: 's3.PutObject 4 KiB (rest-xml, streamed to a blob file)',
    method: 'PUT',
    path: '/kumo-bench-put/object-4k',
    headers: s3Headers(),
    body: 'x'.repeat(4096),
    setup: [{ method: 'PUT', path: '/kumo-bench-put', headers: s3Headers() }],
    peers: ['moto', 's3rver'],
  },
  {
    name: 's3.GetObject 4 KiB (rest-xml, streamed from a blob file)',
    method: 'GET',
    path: '/kumo-bench-get/object-4k',
    headers: s3Headers(),
    setup: [
      { method: 'PUT', path: '/kumo-bench-get', headers: s3Headers() },
      { method: 'PUT', path: '/kumo-bench-get/object-4k', headers: s3Headers(), body: 'y'.repeat(4096) },
    ],
    peers: ['moto', 's3rver'],
  },
  {
    name: 'dynamodb.PutItem 1 KiB (json 1.0)',
    ...ddbRequest('PutItem', { TableName: 'kumo-bench', Item: { pk: { S: 'put' }, sk: { N: '1' }, data: { S: 'x'.repeat(1024) } } }),
    setup: [ddbCreateTable()],
    peers: ['moto', 'dynalite'],
  },
  {
    name: 'dynamodb.GetItem 1 KiB (json 1.0)',
    ...ddbRequest('GetItem', { TableName: 'kumo-bench', Key: { pk: { S: 'get' }, sk: { N: '1' } } }),
    setup: [ddbCreateTable(), ddbRequest('PutItem', { TableName: 'kumo-bench', Item: { pk: { S: 'get' }, sk: { N: '1' }, data: { S: 'y'.repeat(1024) } } })],
    peers: ['moto', 'dynalite'],
  },
  {
    name: 'dynamodb.Query of a 1,000-item partition, first 100 by sort key (json 1.0)',
    ...ddbRequest('Query', { TableName: 'kumo-bench', KeyConditionExpression: 'pk = :p AND sk > :s', ExpressionAttributeValues: { ':p': { S: 'partition' }, ':s': { N: '0' } }, Limit: 100 }),
    setup: [
      ddbCreateTable(),
      ...Array.from({ length: 40 }, (_, batch) =>
        ddbRequest('BatchWriteItem', {
          RequestItems: { 'kumo-bench': Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: { pk: { S: 'partition' }, sk: { N: String(batch * 25 + i + 1) }, data: { S: 'z'.repeat(100) } } } })) },
        }),
      ),
    ],
    peers: ['moto', 'dynalite'],
  },
  {
    // SNS -> SQS fan-out: a Publish (query) to a topic with two queue subscriptions. Setup
    // runs in account 123456789012 (moto's default; Kumo's for a 12-digit access key) so the
    // ARNs match on both servers. Publish answers once accepted; deliveries follow.
    name: 'sns.Publish fan-out to 2 SQS queues (query)',
    method: 'POST',
    path: '/',
    headers: accountQueryHeaders('sns'),
    body: queryBody('Publish', '2010-03-31', {
      TopicArn: fanoutArn('sns', 'bench-fanout'),
      Message: 'x'.repeat(256),
      'MessageAttributes.entry.1.Name': 'kind',
      'MessageAttributes.entry.1.Value.DataType': 'String',
      'MessageAttributes.entry.1.Value.StringValue': 'order',
    }),
    setup: [
      ...['bench-fanout-a', 'bench-fanout-b'].map((QueueName) => accountQueryRequest('sqs', 'CreateQueue', '2012-11-05', { QueueName })),
      accountQueryRequest('sns', 'CreateTopic', '2010-03-31', { Name: 'bench-fanout' }),
      ...['bench-fanout-a', 'bench-fanout-b'].map((queue) =>
        accountQueryRequest('sns', 'Subscribe', '2010-03-31', { TopicArn: fanoutArn('sns', 'bench-fanout'), Protocol: 'sqs', Endpoint: fanoutArn('sqs', queue) })),
    ],
    peers: ['moto'],
  },
  {
    name: 'logs.PutLogEvents (json 1.1, 10 events)',
    method: 'POST',
    path: '/',
    headers: logsHeaders('PutLogEvents'),
    // Timestamps are filled in when the module loads: events must be within 14 days of now.
    body: JSON.stringify({ logGroupName: 'bench', logStreamName: 'bench', logEvents: Array.from({ length: 10 }, (_, i) => ({ timestamp: Date.now() + i, message: `line ${i} ${'x'.repeat(100)}` })) }),
    setup: [logsRequest('CreateLogGroup', { logGroupName: 'bench' }), logsRequest('CreateLogStream', { logGroupName: 'bench', logStreamName: 'bench' })],
    peers: ['moto'],
  },
  // KMS, Secrets Manager and Parameter Store reads. KMS uses the AWS managed alias (created on
  // first use), which peers do not know, so it is measured alone.
  {
    name: 'kms.Encrypt 1 KiB with alias/aws/ssm (json 1.1, AES-256-GCM)',
    ...json11Request('kms', 'TrentService', 'Encrypt', { KeyId: 'alias/aws/ssm', Plaintext: Buffer.alloc(1024, 1).toString('base64'), EncryptionContext: { app: 'bench' } }),
  },
  {
    name: 'secretsmanager.GetSecretValue (json 1.1, KMS data key decrypt)',
    ...json11Request('secretsmanager', 'secretsmanager', 'GetSecretValue', { SecretId: 'bench/secret' }),
    setup: [json11Request('secretsmanager', 'secretsmanager', 'CreateSecret', { Name: 'bench/secret', SecretString: '{"password":"bench"}' })],
    peers: ['moto'],
  },
  {
    name: 'ssm.GetParameter SecureString WithDecryption (json 1.1)',
    ...json11Request('ssm', 'AmazonSSM', 'GetParameter', { Name: '/bench/secure', WithDecryption: true }),
    setup: [json11Request('ssm', 'AmazonSSM', 'PutParameter', { Name: '/bench/secure', Value: 'bench', Type: 'SecureString' })],
    peers: ['moto'],
  },
  {
    name: 'kinesis.PutRecord (json 1.1, a store write)',
    ...json11Request('kinesis', 'Kinesis_20131202', 'PutRecord', { StreamName: 'bench-stream', PartitionKey: 'user-1', Data: Buffer.alloc(512, 7).toString('base64') }),
    setup: [json11Request('kinesis', 'Kinesis_20131202', 'CreateStream', { StreamName: 'bench-stream', ShardCount: 2 })],
    peers: ['moto'],
  },
  {
    // One event matching one rule whose target is an SQS queue (delivery runs after the answer).
    name: 'events.PutEvents matching one rule to SQS (json 1.1)',
    ...json11Request('events', 'AWSEvents', 'PutEvents', { Entries: [{ Source: 'bench.app', DetailType: 'Order Placed', Detail: '{"total":250,"id":"o-1"}' }] }),
    setup: [
      sqsRequest('CreateQueue', { QueueName: 'bench-events' }),
      json11Request('events', 'AWSEvents', 'PutRule', { Name: 'bench-rule', EventPattern: '{"source":["bench.app"],"detail":{"total":[{"numeric":[">",100]}]}}' }),
      json11Request('events', 'AWSEvents', 'PutTargets', { Rule: 'bench-rule', Targets: [{ Id: 'q', Arn: 'arn:aws:sqs:us-east-1:000000000000:bench-events' }] }),
    ],
    peers: ['moto'],
  },
  // Warm invocations: the first setup invoke cold-starts the environment the runs reuse.
  ...[
    ['nodejs20.x', 'index.handler', 'index.mjs', 'export const handler = async (event) => ({ ok: true, n: event.n });'],
    ['python3.12', 'app.handler', 'app.py', 'def handler(event, context):\n    return {"ok": True, "n": event["n"]}\n'],
  ].map(([runtime, handler, file, source]) => ({
    name: `lambda.Invoke warm (${runtime})`,
    method: 'POST',
    path: `/2015-03-31/functions/bench-${runtime.replace('.', '-')}/invocations`,
    headers: { 'content-type': 'application/json', authorization: SIGV4('lambda'), 'x-amz-date': '20240101T000000Z' },
    body: JSON.stringify({ n: 1 }),
    setup: [
      {
        method: 'POST',
        path: '/2015-03-31/functions',
        headers: { 'content-type': 'application/json', authorization: SIGV4('lambda'), 'x-amz-date': '20240101T000000Z' },
        body: JSON.stringify({
          FunctionName: `bench-${runtime.replace('.', '-')}`, Runtime: runtime, Handler: handler, Role: 'arn:aws:iam::000000000000:role/bench',
          Code: { ZipFile: storedZip(file, source).toString('base64') },
        }),
      },
      {
        method: 'POST',
        path: `/2015-03-31/functions/bench-${runtime.replace('.', '-')}/invocations`,
        headers: { 'content-type': 'application/json', authorization: SIGV4('lambda'), 'x-amz-date': '20240101T000000Z' },
        body: JSON.stringify({ n: 0 }),
      },
    ],
  })),
];

function json11Request(service, targetPrefix, operation, input) {
  return {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${targetPrefix}.${operation}`, authorization: SIGV4(service), 'x-amz-date': '20240101T000000Z' },
    body: JSON.stringify(input),
  };
}

function logsHeaders(operation) {
  return { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `Logs_20140328.${operation}`, authorization: SIGV4('logs'), 'x-amz-date': '20240101T000000Z' };
}

function logsRequest(operation, input) {
  return { method: 'POST', path: '/', headers: logsHeaders(operation), body: JSON.stringify(input) };
}

/** A one-file zip, stored without compression (enough for a benchmark function). */
function storedZip(name, source) {
  const content = Buffer.from(source);
  const nameBytes = Buffer.from(name);
  const crc = zlib.crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + content.length, 16);
  return Buffer.concat([local, nameBytes, content, central, nameBytes, end]);
}

function fanoutArn(service, name) {
  return `arn:aws:${service}:us-east-1:123456789012:${name}`;
}

function accountQueryHeaders(service) {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    authorization: `AWS4-HMAC-SHA256 Credential=123456789012/20240101/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000`,
    'x-amz-date': '20240101T000000Z',
  };
}

function queryBody(action, version, params) {
  return new URLSearchParams({ Action: action, Version: version, ...params }).toString();
}

function accountQueryRequest(service, action, version, params) {
  return { method: 'POST', path: '/', headers: accountQueryHeaders(service), body: queryBody(action, version, params) };
}

function ddbRequest(operation, input) {
  return {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}`, authorization: SIGV4('dynamodb'), 'x-amz-date': '20240101T000000Z' },
    body: JSON.stringify(input),
  };
}

function ddbCreateTable() {
  return ddbRequest('CreateTable', {
    TableName: 'kumo-bench',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
}

function s3Headers() {
  return { authorization: SIGV4('s3'), 'x-amz-date': '20240101T000000Z', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
}

function sqsHeaders(operation) {
  return {
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': `AmazonSQS.${operation}`,
    'x-amzn-query-mode': 'true',
    authorization: SIGV4('sqs'),
    'x-amz-date': '20240101T000000Z',
  };
}

function sqsRequest(operation, input) {
  return { method: 'POST', path: '/', headers: sqsHeaders(operation), body: JSON.stringify(input) };
}
