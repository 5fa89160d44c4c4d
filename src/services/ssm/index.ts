import type { Store } from '../../store/types.js';
import { defineService } from '../define-service.js';
import { addTagsToResource } from './operations/add-tags-to-resource.js';
import { deleteParameter } from './operations/delete-parameter.js';
import { deleteParameters } from './operations/delete-parameters.js';
import { describeParameters } from './operations/describe-parameters.js';
import { getParameter } from './operations/get-parameter.js';
import { getParameterHistory } from './operations/get-parameter-history.js';
import { getParameters } from './operations/get-parameters.js';
import { getParametersByPath } from './operations/get-parameters-by-path.js';
import { labelParameterVersion } from './operations/label-parameter-version.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { putParameter } from './operations/put-parameter.js';
import { removeTagsFromResource } from './operations/remove-tags-from-resource.js';
import { unlabelParameterVersion } from './operations/unlabel-parameter-version.js';
import { startParameterWorkers } from './workers.js';

/** One expiry sweep per running Kumo (several may run in one process). */
const sweeps = new Map<Store, () => void>();

/** Systems Manager's Parameter Store (the rest of SSM answers 501). */
export const ssmService = defineService({
  name: 'ssm',
  operations: {
    AddTagsToResource: addTagsToResource,
    DeleteParameter: deleteParameter,
    DeleteParameters: deleteParameters,
    DescribeParameters: describeParameters,
    GetParameter: getParameter,
    GetParameterHistory: getParameterHistory,
    GetParameters: getParameters,
    GetParametersByPath: getParametersByPath,
    LabelParameterVersion: labelParameterVersion,
    ListTagsForResource: listTagsForResource,
    PutParameter: putParameter,
    RemoveTagsFromResource: removeTagsFromResource,
    UnlabelParameterVersion: unlabelParameterVersion,
  },
  lifecycle: {
    start(runtime) {
      sweeps.get(runtime.store)?.();
      sweeps.set(runtime.store, startParameterWorkers(runtime));
    },
    stop(runtime) {
      sweeps.get(runtime.store)?.();
      sweeps.delete(runtime.store);
    },
  },
});
