import { defineService } from '../define-service.js';
import { registerResourcePolicyProvider } from '../../policy/index.js';
import { snsTopicPolicy } from './resource-policy.js';
import type { Store } from '../../store/types.js';
import { startSnsRuntime, stopSnsRuntime, type SnsRuntime } from './delivery/sns-runtime.js';
import { snsInternalRoutes } from './internal-routes.js';
import { addPermission } from './operations/add-permission.js';
import { checkIfPhoneNumberIsOptedOut } from './operations/check-if-phone-number-is-opted-out.js';
import { createPlatformApplication } from './operations/create-platform-application.js';
import { createPlatformEndpoint } from './operations/create-platform-endpoint.js';
import { createSMSSandboxPhoneNumber } from './operations/create-sms-sandbox-phone-number.js';
import { deleteEndpoint } from './operations/delete-endpoint.js';
import { deletePlatformApplication } from './operations/delete-platform-application.js';
import { deleteSMSSandboxPhoneNumber } from './operations/delete-sms-sandbox-phone-number.js';
import { getEndpointAttributes } from './operations/get-endpoint-attributes.js';
import { getPlatformApplicationAttributes } from './operations/get-platform-application-attributes.js';
import { getSMSAttributes } from './operations/get-sms-attributes.js';
import { getSMSSandboxAccountStatus } from './operations/get-sms-sandbox-account-status.js';
import { listEndpointsByPlatformApplication } from './operations/list-endpoints-by-platform-application.js';
import { listOriginationNumbers } from './operations/list-origination-numbers.js';
import { listPhoneNumbersOptedOut } from './operations/list-phone-numbers-opted-out.js';
import { listPlatformApplications } from './operations/list-platform-applications.js';
import { listSMSSandboxPhoneNumbers } from './operations/list-sms-sandbox-phone-numbers.js';
import { optInPhoneNumber } from './operations/opt-in-phone-number.js';
import { setEndpointAttributes } from './operations/set-endpoint-attributes.js';
import { setPlatformApplicationAttributes } from './operations/set-platform-application-attributes.js';
import { setSMSAttributes } from './operations/set-sms-attributes.js';
import { verifySMSSandboxPhoneNumber } from './operations/verify-sms-sandbox-phone-number.js';
import { confirmSubscription } from './operations/confirm-subscription.js';
import { createTopic } from './operations/create-topic.js';
import { deleteTopic } from './operations/delete-topic.js';
import { getDataProtectionPolicy } from './operations/get-data-protection-policy.js';
import { getSubscriptionAttributes } from './operations/get-subscription-attributes.js';
import { getTopicAttributes } from './operations/get-topic-attributes.js';
import { listSubscriptionsByTopic } from './operations/list-subscriptions-by-topic.js';
import { listSubscriptions } from './operations/list-subscriptions.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { listTopics } from './operations/list-topics.js';
import { publishBatch } from './operations/publish-batch.js';
import { publish } from './operations/publish.js';
import { putDataProtectionPolicy } from './operations/put-data-protection-policy.js';
import { removePermission } from './operations/remove-permission.js';
import { setSubscriptionAttributes } from './operations/set-subscription-attributes.js';
import { setTopicAttributes } from './operations/set-topic-attributes.js';
import { subscribe } from './operations/subscribe.js';
import { tagResource } from './operations/tag-resource.js';
import { unsubscribe } from './operations/unsubscribe.js';
import { untagResource } from './operations/untag-resource.js';

const running = new Map<Store, SnsRuntime>();

registerResourcePolicyProvider('sns', snsTopicPolicy);

export const snsService = defineService({
  name: 'sns',
  operations: {
    AddPermission: addPermission,
    CheckIfPhoneNumberIsOptedOut: checkIfPhoneNumberIsOptedOut,
    ConfirmSubscription: confirmSubscription,
    CreatePlatformApplication: createPlatformApplication,
    CreatePlatformEndpoint: createPlatformEndpoint,
    CreateSMSSandboxPhoneNumber: createSMSSandboxPhoneNumber,
    CreateTopic: createTopic,
    DeleteEndpoint: deleteEndpoint,
    DeletePlatformApplication: deletePlatformApplication,
    DeleteSMSSandboxPhoneNumber: deleteSMSSandboxPhoneNumber,
    DeleteTopic: deleteTopic,
    GetDataProtectionPolicy: getDataProtectionPolicy,
    GetEndpointAttributes: getEndpointAttributes,
    GetPlatformApplicationAttributes: getPlatformApplicationAttributes,
    GetSMSAttributes: getSMSAttributes,
    GetSMSSandboxAccountStatus: getSMSSandboxAccountStatus,
    GetSubscriptionAttributes: getSubscriptionAttributes,
    GetTopicAttributes: getTopicAttributes,
    ListEndpointsByPlatformApplication: listEndpointsByPlatformApplication,
    ListOriginationNumbers: listOriginationNumbers,
    ListPhoneNumbersOptedOut: listPhoneNumbersOptedOut,
    ListPlatformApplications: listPlatformApplications,
    ListSMSSandboxPhoneNumbers: listSMSSandboxPhoneNumbers,
    ListSubscriptions: listSubscriptions,
    ListSubscriptionsByTopic: listSubscriptionsByTopic,
    ListTagsForResource: listTagsForResource,
    ListTopics: listTopics,
    OptInPhoneNumber: optInPhoneNumber,
    Publish: publish,
    PublishBatch: publishBatch,
    PutDataProtectionPolicy: putDataProtectionPolicy,
    RemovePermission: removePermission,
    SetEndpointAttributes: setEndpointAttributes,
    SetPlatformApplicationAttributes: setPlatformApplicationAttributes,
    SetSMSAttributes: setSMSAttributes,
    SetSubscriptionAttributes: setSubscriptionAttributes,
    SetTopicAttributes: setTopicAttributes,
    Subscribe: subscribe,
    TagResource: tagResource,
    Unsubscribe: unsubscribe,
    UntagResource: untagResource,
    VerifySMSSandboxPhoneNumber: verifySMSSandboxPhoneNumber,
  },
  lifecycle: {
    start(runtime) {
      running.set(runtime.store, startSnsRuntime(runtime));
    },
    async stop(runtime) {
      // One definition serves every Kumo in the process: stop only this one's deliveries.
      const sns = running.get(runtime.store);
      running.delete(runtime.store);
      if (sns) await stopSnsRuntime(sns);
    },
  },
  internalRoutes: snsInternalRoutes,
});
