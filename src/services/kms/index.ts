import { registerResourcePolicyProvider } from '../../policy/index.js';
import { defineService } from '../define-service.js';
import { kmsKeyPolicy } from './resource-policy.js';
import { cancelKeyDeletion } from './operations/cancel-key-deletion.js';
import { createAlias } from './operations/create-alias.js';
import { createGrant } from './operations/create-grant.js';
import { createKey } from './operations/create-key.js';
import { decrypt } from './operations/decrypt.js';
import { deleteAlias } from './operations/delete-alias.js';
import { describeKey } from './operations/describe-key.js';
import { disableKey } from './operations/disable-key.js';
import { disableKeyRotation } from './operations/disable-key-rotation.js';
import { enableKey } from './operations/enable-key.js';
import { enableKeyRotation } from './operations/enable-key-rotation.js';
import { encrypt } from './operations/encrypt.js';
import { generateDataKey } from './operations/generate-data-key.js';
import { generateDataKeyPair } from './operations/generate-data-key-pair.js';
import { generateDataKeyPairWithoutPlaintext } from './operations/generate-data-key-pair-without-plaintext.js';
import { generateDataKeyWithoutPlaintext } from './operations/generate-data-key-without-plaintext.js';
import { generateMac } from './operations/generate-mac.js';
import { generateRandom } from './operations/generate-random.js';
import { getKeyPolicy } from './operations/get-key-policy.js';
import { getKeyRotationStatus } from './operations/get-key-rotation-status.js';
import { getPublicKey } from './operations/get-public-key.js';
import { listAliases } from './operations/list-aliases.js';
import { listGrants } from './operations/list-grants.js';
import { listKeyPolicies } from './operations/list-key-policies.js';
import { listKeyRotations } from './operations/list-key-rotations.js';
import { listKeys } from './operations/list-keys.js';
import { listResourceTags } from './operations/list-resource-tags.js';
import { listRetirableGrants } from './operations/list-retirable-grants.js';
import { putKeyPolicy } from './operations/put-key-policy.js';
import { reEncrypt } from './operations/re-encrypt.js';
import { replicateKey } from './operations/replicate-key.js';
import { retireGrant } from './operations/retire-grant.js';
import { revokeGrant } from './operations/revoke-grant.js';
import { rotateKeyOnDemand } from './operations/rotate-key-on-demand.js';
import { scheduleKeyDeletion } from './operations/schedule-key-deletion.js';
import { signOperation } from './operations/sign.js';
import { tagResource } from './operations/tag-resource.js';
import { untagResource } from './operations/untag-resource.js';
import { updateAlias } from './operations/update-alias.js';
import { updateKeyDescription } from './operations/update-key-description.js';
import { verifyOperation } from './operations/verify.js';
import { verifyMac } from './operations/verify-mac.js';
import { startKmsWorkers } from './workers.js';

import type { Scheduler } from '../../engine/types.js';

/** One sweep per running Kumo (tests may run several in one process). */
const sweeps = new Map<Scheduler, () => void>();

export const kmsService = defineService({
  name: 'kms',
  operations: {
    CancelKeyDeletion: cancelKeyDeletion,
    CreateAlias: createAlias,
    CreateGrant: createGrant,
    CreateKey: createKey,
    Decrypt: decrypt,
    DeleteAlias: deleteAlias,
    DescribeKey: describeKey,
    DisableKey: disableKey,
    DisableKeyRotation: disableKeyRotation,
    EnableKey: enableKey,
    EnableKeyRotation: enableKeyRotation,
    Encrypt: encrypt,
    GenerateDataKey: generateDataKey,
    GenerateDataKeyPair: generateDataKeyPair,
    GenerateDataKeyPairWithoutPlaintext: generateDataKeyPairWithoutPlaintext,
    GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintext,
    GenerateMac: generateMac,
    GenerateRandom: generateRandom,
    GetKeyPolicy: getKeyPolicy,
    GetKeyRotationStatus: getKeyRotationStatus,
    GetPublicKey: getPublicKey,
    ListAliases: listAliases,
    ListGrants: listGrants,
    ListKeyPolicies: listKeyPolicies,
    ListKeyRotations: listKeyRotations,
    ListKeys: listKeys,
    ListResourceTags: listResourceTags,
    ListRetirableGrants: listRetirableGrants,
    PutKeyPolicy: putKeyPolicy,
    ReEncrypt: reEncrypt,
    ReplicateKey: replicateKey,
    RetireGrant: retireGrant,
    RevokeGrant: revokeGrant,
    RotateKeyOnDemand: rotateKeyOnDemand,
    ScheduleKeyDeletion: scheduleKeyDeletion,
    Sign: signOperation,
    TagResource: tagResource,
    UntagResource: untagResource,
    UpdateAlias: updateAlias,
    UpdateKeyDescription: updateKeyDescription,
    Verify: verifyOperation,
    VerifyMac: verifyMac,
  },
  lifecycle: {
    start(runtime) {
      sweeps.get(runtime.scheduler)?.();
      sweeps.set(runtime.scheduler, startKmsWorkers(runtime));
    },
    stop(runtime) {
      sweeps.get(runtime.scheduler)?.();
      sweeps.delete(runtime.scheduler);
    },
  },
});

registerResourcePolicyProvider('kms', kmsKeyPolicy);
