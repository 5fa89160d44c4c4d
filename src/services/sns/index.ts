import { defineService } from '../define-service.js';
import type { Store } from '../../store/types.js';
import { startSnsRuntime, stopSnsRuntime, type SnsRuntime } from './delivery/sns-runtime.js';
import { snsInternalRoutes } from './internal-routes.js';
import { addPermission } from './operations/add-permission.js';
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

export const snsService = defineService({
  name: 'sns',
  operations: {
    AddPermission: addPermission,
    ConfirmSubscription: confirmSubscription,
    CreateTopic: createTopic,
    DeleteTopic: deleteTopic,
    GetDataProtectionPolicy: getDataProtectionPolicy,
    GetSubscriptionAttributes: getSubscriptionAttributes,
    GetTopicAttributes: getTopicAttributes,
    ListSubscriptions: listSubscriptions,
    ListSubscriptionsByTopic: listSubscriptionsByTopic,
    ListTagsForResource: listTagsForResource,
    ListTopics: listTopics,
    Publish: publish,
    PublishBatch: publishBatch,
    PutDataProtectionPolicy: putDataProtectionPolicy,
    RemovePermission: removePermission,
    SetSubscriptionAttributes: setSubscriptionAttributes,
    SetTopicAttributes: setTopicAttributes,
    Subscribe: subscribe,
    TagResource: tagResource,
    Unsubscribe: unsubscribe,
    UntagResource: untagResource,
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
