import { defineService } from '../define-service.js';
import { registerResourcePolicyProvider } from '../../policy/index.js';
import { sqsQueuePolicy } from './resource-policy.js';
import { stepMoveTasks } from './model/move-tasks.js';
import { addPermission } from './operations/add-permission.js';
import { cancelMessageMoveTask } from './operations/cancel-message-move-task.js';
import { changeMessageVisibilityBatch } from './operations/change-message-visibility-batch.js';
import { changeMessageVisibility } from './operations/change-message-visibility.js';
import { createQueue } from './operations/create-queue.js';
import { deleteMessageBatch } from './operations/delete-message-batch.js';
import { deleteMessage } from './operations/delete-message.js';
import { deleteQueue } from './operations/delete-queue.js';
import { getQueueAttributes } from './operations/get-queue-attributes.js';
import { getQueueUrl } from './operations/get-queue-url.js';
import { listDeadLetterSourceQueues } from './operations/list-dead-letter-source-queues.js';
import { listMessageMoveTasks } from './operations/list-message-move-tasks.js';
import { listQueueTags } from './operations/list-queue-tags.js';
import { listQueues } from './operations/list-queues.js';
import { purgeQueue } from './operations/purge-queue.js';
import { receiveMessage } from './operations/receive-message.js';
import { removePermission } from './operations/remove-permission.js';
import { sendMessageBatch } from './operations/send-message-batch.js';
import { sendMessage } from './operations/send-message.js';
import { setQueueAttributes } from './operations/set-queue-attributes.js';
import { startMessageMoveTask } from './operations/start-message-move-task.js';
import { tagQueue } from './operations/tag-queue.js';
import { untagQueue } from './operations/untag-queue.js';
import { startRuntime, stopRuntime } from './workers.js';
import type { Store } from '../../store/types.js';

// ServiceLifecycle.stop gets no runtime, so it stops every Kumo's SQS work in this process
// (several only run side by side in tests).
const started = new Map<Store, () => void>();

registerResourcePolicyProvider('sqs', sqsQueuePolicy);

export const sqsService = defineService({
  name: 'sqs',
  operations: {
    AddPermission: addPermission,
    CancelMessageMoveTask: cancelMessageMoveTask,
    ChangeMessageVisibility: changeMessageVisibility,
    ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
    CreateQueue: createQueue,
    DeleteMessage: deleteMessage,
    DeleteMessageBatch: deleteMessageBatch,
    DeleteQueue: deleteQueue,
    GetQueueAttributes: getQueueAttributes,
    GetQueueUrl: getQueueUrl,
    ListDeadLetterSourceQueues: listDeadLetterSourceQueues,
    ListMessageMoveTasks: listMessageMoveTasks,
    ListQueueTags: listQueueTags,
    ListQueues: listQueues,
    PurgeQueue: purgeQueue,
    ReceiveMessage: receiveMessage,
    RemovePermission: removePermission,
    SendMessage: sendMessage,
    SendMessageBatch: sendMessageBatch,
    SetQueueAttributes: setQueueAttributes,
    StartMessageMoveTask: startMessageMoveTask,
    TagQueue: tagQueue,
    UntagQueue: untagQueue,
  },
  lifecycle: {
    start(runtime) {
      startRuntime(runtime.store, runtime.clock, runtime.scheduler);
      const cancel = runtime.scheduler.every(1000, () => stepMoveTasks(runtime.store, runtime.clock.now()));
      started.set(runtime.store, cancel);
    },
    stop(runtime) {
      started.get(runtime.store)?.();
      started.delete(runtime.store);
      stopRuntime(runtime.store);
    },
  },
});
