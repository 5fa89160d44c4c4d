import type { Store } from '../../store/types.js';
import type { ResourcePolicyAnswer, ResourcePolicyRequest } from '../../policy/index.js';
import { defaultPolicy } from './model/topic-attributes.js';
import { topicsIn } from './store.js';

const TOPIC_ARN = /^arn:aws[\w-]*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]{1,256})$/;

/**
 * The topic policy the authorize step evaluates (KUMO_ENFORCE_IAM=1): the topic's Policy
 * attribute (AWS's default one lets only the owner account act), read in the topic's own
 * account and region so cross-account publishers and subscribers are judged by it.
 */
export function snsTopicPolicy(request: ResourcePolicyRequest): ResourcePolicyAnswer | undefined {
  const match = TOPIC_ARN.exec(request.resourceArn);
  if (!match) return undefined;
  const [, region, accountId, name] = match as unknown as [string, string, string, string];
  const topic = topicsIn(request.store as Store, { accountId, region }).get(name);
  if (!topic) return undefined;
  return { policy: topic.attributes.Policy || defaultPolicy(topic.arn, topic.owner), accountId };
}
