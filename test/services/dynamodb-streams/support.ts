import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoFixture } from '../dynamodb/support.js';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StreamsFixture extends DynamoFixture {
  streams: DynamoDBStreamsClient;
  advance(seconds: number): Promise<void>;
}

/** A Kumo serving DynamoDB and its streams, with both clients and a way to move Kumo's clock. */
export async function startStreams(): Promise<StreamsFixture> {
  const kumo = await startTestKumo(['dynamodb', 'dynamodb-streams']);
  const ddb = new DynamoDBClient({ ...kumo.clientConfig, maxAttempts: 1 });
  return {
    kumo,
    ddb,
    doc: DynamoDBDocumentClient.from(ddb),
    streams: new DynamoDBStreamsClient({ ...kumo.clientConfig, maxAttempts: 1 }),
    async advance(seconds) {
      const r = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: seconds }) });
      if (r.status !== 200) throw new Error(`clock: ${r.status}`);
    },
  };
}
