import { resolve } from 'node:path';
import { startServer } from '../server/start-server.js';
import { parseStartFlags } from './parse-start-flags.js';

/** `kumo start`: serves until SIGINT/SIGTERM, then closes the store cleanly. */
export async function startCommand(args: string[]): Promise<void> {
  const config = parseStartFlags(args);
  const spawnedAt = performance.now();
  const kumo = await startServer(config);
  const storage = config.inMemory ? 'in memory (nothing is kept after exit)' : resolve(config.dataDir ?? '.kumo');
  console.log(
    [
      `Kumo ${kumo.runtime.version} is serving AWS on ${kumo.url} (ready in ${Math.round(performance.now() - spawnedAt)} ms)`,
      `  state:     ${storage}`,
      `  services:  ${[...kumo.runtime.services.keys()].join(', ')}`,
      '',
      'Point clients at it:',
      `  export AWS_ENDPOINT_URL=${kumo.url} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1`,
      `  aws sts get-caller-identity            # AWS CLI v2 and boto3 read AWS_ENDPOINT_URL`,
      `  aws --endpoint-url ${kumo.url} sts get-caller-identity   # AWS CLI v1`,
      `  new STSClient({ endpoint: '${kumo.url}' })                # SDK v3, or AWS_ENDPOINT_URL`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    kumo.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
