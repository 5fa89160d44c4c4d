import type { ServiceRuntime } from '../define-service.js';
import { registerS3Runtime, unregisterS3Runtime } from './model/s3-runtimes.js';

/**
 * S3's deliveries on Kumo's clock: replication jobs find this Kumo's scheduler through the
 * registered runtime (model/s3-runtimes.ts).
 */
export function startS3Deliveries(runtime: ServiceRuntime): void {
  registerS3Runtime(runtime);
}

export function stopS3Deliveries(runtime: ServiceRuntime): void {
  unregisterS3Runtime(runtime);
}
