import { defineService } from '../define-service.js';
import { addPermission } from './operations/add-permission.js';
import { createAlias, deleteAlias, getAlias, listAliases, updateAlias } from './operations/create-alias.js';
import { createEventSourceMapping, deleteEventSourceMapping, getEventSourceMapping, listEventSourceMappings, updateEventSourceMapping } from './operations/create-event-source-mapping.js';
import { createFunctionUrlConfig, deleteFunctionUrlConfig, getFunctionUrlConfig, listFunctionUrlConfigs, updateFunctionUrlConfig } from './operations/create-function-url-config.js';
import { claimFunctionUrl } from './function-url-endpoint.js';
import { addLayerVersionPermission, deleteLayerVersion, getLayerVersion, getLayerVersionByArn, getLayerVersionPolicy, listLayerVersions, listLayers, publishLayerVersion, removeLayerVersionPermission } from './operations/publish-layer-version.js';
import { createFunction } from './operations/create-function.js';
import { deleteFunction } from './operations/delete-function.js';
import { getFunction } from './operations/get-function.js';
import { getFunctionConfiguration } from './operations/get-function-configuration.js';
import { getPolicy } from './operations/get-policy.js';
import { invoke } from './operations/invoke.js';
import { listFunctions } from './operations/list-functions.js';
import { listVersionsByFunction } from './operations/list-versions-by-function.js';
import { publishVersion } from './operations/publish-version.js';
import { deleteFunctionConcurrency, getFunctionConcurrency, putFunctionConcurrency } from './operations/put-function-concurrency.js';
import { removePermission } from './operations/remove-permission.js';
import { listTags, tagResource, untagResource } from './operations/tag-resource.js';
import { updateFunctionCode } from './operations/update-function-code.js';
import { updateFunctionConfiguration } from './operations/update-function-configuration.js';
import { startLambdaRuntime, stopLambdaRuntime } from './runtime-state.js';


export const lambdaService = defineService({
  name: 'lambda',
  operations: {
    AddLayerVersionPermission: addLayerVersionPermission,
    DeleteLayerVersion: deleteLayerVersion,
    GetLayerVersion: getLayerVersion,
    GetLayerVersionByArn: getLayerVersionByArn,
    GetLayerVersionPolicy: getLayerVersionPolicy,
    ListLayers: listLayers,
    ListLayerVersions: listLayerVersions,
    PublishLayerVersion: publishLayerVersion,
    RemoveLayerVersionPermission: removeLayerVersionPermission,
    CreateFunctionUrlConfig: createFunctionUrlConfig,
    DeleteFunctionUrlConfig: deleteFunctionUrlConfig,
    GetFunctionUrlConfig: getFunctionUrlConfig,
    ListFunctionUrlConfigs: listFunctionUrlConfigs,
    UpdateFunctionUrlConfig: updateFunctionUrlConfig,
    AddPermission: addPermission,
    CreateAlias: createAlias,
    CreateEventSourceMapping: createEventSourceMapping,
    CreateFunction: createFunction,
    DeleteEventSourceMapping: deleteEventSourceMapping,
    DeleteAlias: deleteAlias,
    DeleteFunction: deleteFunction,
    DeleteFunctionConcurrency: deleteFunctionConcurrency,
    GetAlias: getAlias,
    GetEventSourceMapping: getEventSourceMapping,
    GetFunction: getFunction,
    GetFunctionConcurrency: getFunctionConcurrency,
    GetFunctionConfiguration: getFunctionConfiguration,
    GetPolicy: getPolicy,
    Invoke: invoke,
    ListAliases: listAliases,
    ListEventSourceMappings: listEventSourceMappings,
    ListFunctions: listFunctions,
    ListTags: listTags,
    ListVersionsByFunction: listVersionsByFunction,
    PublishVersion: publishVersion,
    PutFunctionConcurrency: putFunctionConcurrency,
    RemovePermission: removePermission,
    TagResource: tagResource,
    UntagResource: untagResource,
    UpdateAlias: updateAlias,
    UpdateEventSourceMapping: updateEventSourceMapping,
    UpdateFunctionCode: updateFunctionCode,
    UpdateFunctionConfiguration: updateFunctionConfiguration,
  },
  claimRequest: claimFunctionUrl,
  lifecycle: {
    // Every runtime process belongs to the engine started here and dies with it.
    start(runtime) {
      startLambdaRuntime(runtime);
    },
    stop(runtime) {
      stopLambdaRuntime(runtime.store);
    },
  },
});
