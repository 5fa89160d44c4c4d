import type { Scheduler } from '../../engine/types.js';
import { registerResourcePolicyProvider } from '../../policy/index.js';
import { defineService } from '../define-service.js';
import { secretResourcePolicy } from './resource-policy.js';
import { cancelRotateSecret } from './operations/cancel-rotate-secret.js';
import { batchGetSecretValue } from './operations/batch-get-secret-value.js';
import { createSecret } from './operations/create-secret.js';
import { deleteResourcePolicy } from './operations/delete-resource-policy.js';
import { deleteSecret } from './operations/delete-secret.js';
import { describeSecret } from './operations/describe-secret.js';
import { getRandomPassword } from './operations/get-random-password.js';
import { getResourcePolicy } from './operations/get-resource-policy.js';
import { getSecretValue } from './operations/get-secret-value.js';
import { listSecretVersionIds } from './operations/list-secret-version-ids.js';
import { listSecrets } from './operations/list-secrets.js';
import { putResourcePolicy } from './operations/put-resource-policy.js';
import { putSecretValue } from './operations/put-secret-value.js';
import { rotateSecret } from './operations/rotate-secret.js';
import { removeRegionsFromReplication } from './operations/remove-regions-from-replication.js';
import { replicateSecretToRegions } from './operations/replicate-secret-to-regions.js';
import { restoreSecret } from './operations/restore-secret.js';
import { stopReplicationToReplica } from './operations/stop-replication-to-replica.js';
import { tagResource } from './operations/tag-resource.js';
import { untagResource } from './operations/untag-resource.js';
import { updateSecret } from './operations/update-secret.js';
import { updateSecretVersionStage } from './operations/update-secret-version-stage.js';
import { validateResourcePolicy } from './operations/validate-resource-policy.js';
import { startSecretsWorkers } from './workers.js';

/** One sweep per running Kumo (tests may run several in one process). */
const sweeps = new Map<Scheduler, () => void>();

export const secretsManagerService = defineService({
  name: 'secrets-manager',
  operations: {
    BatchGetSecretValue: batchGetSecretValue,
    CancelRotateSecret: cancelRotateSecret,
    CreateSecret: createSecret,
    DeleteResourcePolicy: deleteResourcePolicy,
    DeleteSecret: deleteSecret,
    DescribeSecret: describeSecret,
    GetRandomPassword: getRandomPassword,
    GetResourcePolicy: getResourcePolicy,
    GetSecretValue: getSecretValue,
    ListSecretVersionIds: listSecretVersionIds,
    ListSecrets: listSecrets,
    PutResourcePolicy: putResourcePolicy,
    PutSecretValue: putSecretValue,
    RemoveRegionsFromReplication: removeRegionsFromReplication,
    ReplicateSecretToRegions: replicateSecretToRegions,
    RestoreSecret: restoreSecret,
    RotateSecret: rotateSecret,
    StopReplicationToReplica: stopReplicationToReplica,
    TagResource: tagResource,
    UntagResource: untagResource,
    UpdateSecret: updateSecret,
    UpdateSecretVersionStage: updateSecretVersionStage,
    ValidateResourcePolicy: validateResourcePolicy,
  },
  lifecycle: {
    start(runtime) {
      sweeps.get(runtime.scheduler)?.();
      sweeps.set(runtime.scheduler, startSecretsWorkers(runtime));
    },
    stop(runtime) {
      sweeps.get(runtime.scheduler)?.();
      sweeps.delete(runtime.scheduler);
    },
  },
});

registerResourcePolicyProvider('secrets-manager', secretResourcePolicy);
