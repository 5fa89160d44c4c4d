import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable } from './support.js';

export interface Regions {
  kumo: EmbeddedKumo;
  east: DynamoDBClient;
  west: DynamoDBClient;
  stop(): Promise<void>;
}

/** A Kumo with DynamoDB clients in two regions. */
export async function startRegions(): Promise<Regions> {
  const kumo = await startTestKumo(['dynamodb']);
  const east = new DynamoDBClient({ ...kumo.clientConfig, region: 'us-east-1', maxAttempts: 1 });
  const west = new DynamoDBClient({ ...kumo.clientConfig, region: 'us-west-2', maxAttempts: 1 });
  return {
    kumo,
    east,
    west,
    async stop() {
      east.destroy();
      west.destroy();
      await kumo.stop();
    },
  };
}

/** A table a legacy global table can be made of: NEW_AND_OLD_IMAGES stream, empty. */
export async function replicaTable(client: DynamoDBClient, name: string, provisioned = false): Promise<void> {
  await createKeyTable(client, name, {
    hashOnly: true,
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    ...(provisioned ? { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } : {}),
  });
}
