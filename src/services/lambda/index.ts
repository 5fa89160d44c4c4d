import { defineService } from '../define-service.js';
import { claimFunctionUrl } from './function-url-endpoint.js';
import { addPermission } from './operations/add-permission.js';
import { createAlias, deleteAlias, getAlias, listAliases, updateAlias } from './operations/create-alias.js';
import { createEventSourceMapping, deleteEventSourceMapping, getEventSourceMapping, listEventSourceMappings, updateEventSourceMapping } from './operations/create-event-source-mapping.js';
import { createFunctionUrlConfig, deleteFunctionUrlConfig, getFunctionUrlConfig, listFunctionUrlConfigs, updateFunctionUrlConfig } from './operations/create-function-url-config.js';
import { createFunction } from './operations/create-function.js';
import { deleteFunction } from './operations/delete-function.js';
import { getFunctionConfiguration } from './operations/get-function-configuration.js';
import { getFunction } from './operations/get-function.js';
import { getPolicy } from './operations/get-policy.js';
import { invoke } from './operations/invoke.js';
import { listFunctions } from './operations/list-functions.js';
import { listVersionsByFunction } from './operations/list-versions-by-function.js';
import { addLayerVersionPermission, deleteLayerVersion, getLayerVersion, getLayerVersionByArn, getLayerVersionPolicy, listLayerVersions, listLayers, publishLayerVersion, removeLayerVersionPermission } from './operations/publish-layer-version.js';
import { publishVersion } from './operations/publish-version.js';
import { deleteFunctionConcurrency, getFunctionConcurrency, putFunctionConcurrency } from './operations/put-function-concurrency.js';
import { deleteFunctionEventInvokeConfig, getFunctionEventInvokeConfig, listFunctionEventInvokeConfigs, putFunctionEventInvokeConfig, updateFunctionEventInvokeConfig } from './operations/put-function-event-invoke-config.js';
import { deleteProvisionedConcurrencyConfig, getProvisionedConcurrencyConfig, listProvisionedConcurrencyConfigs, putProvisionedConcurrencyConfig } from './operations/put-provisioned-concurrency-config.js';
import { removePermission } from './operations/remove-permission.js';
import { listTags, tagResource, untagResource } from './operations/tag-resource.js';
import { updateFunctionCode } from './operations/update-function-code.js';
import { updateFunctionConfiguration } from './operations/update-function-configuration.js';
import { startLambdaRuntime, stopLambdaRuntime } from './runtime-state.js';


export const lambdaService = defineService({
  name: 'lambda',
  operations: {
    AddLayerVersionPermission: addLayerVersionPermission,
    AddPermission: addPermission,
    CreateAlias: createAlias,
    CreateEventSourceMapping: createEventSourceMapping,
    CreateFunction: createFunction,
    CreateFunctionUrlConfig: createFunctionUrlConfig,
    DeleteAlias: deleteAlias,
    DeleteEventSourceMapping: deleteEventSourceMapping,
    DeleteFunction: deleteFunction,
    DeleteFunctionConcurrency: deleteFunctionConcurrency,
    DeleteFunctionEventInvokeConfig: deleteFunctionEventInvokeConfig,
    DeleteFunctionUrlConfig: deleteFunctionUrlConfig,
    DeleteLayerVersion: deleteLayerVersion,
    DeleteProvisionedConcurrencyConfig: deleteProvisionedConcurrencyConfig,
    GetAlias: getAlias,
    GetEventSourceMapping: getEventSourceMapping,
    GetFunction: getFunction,
    GetFunctionConcurrency: getFunctionConcurrency,
    GetFunctionConfiguration: getFunctionConfiguration,
    GetFunctionEventInvokeConfig: getFunctionEventInvokeConfig,
    GetFunctionUrlConfig: getFunctionUrlConfig,
    GetLayerVersion: getLayerVersion,
    GetLayerVersionByArn: getLayerVersionByArn,
    GetLayerVersionPolicy: getLayerVersionPolicy,
    GetPolicy: getPolicy,
    GetProvisionedConcurrencyConfig: getProvisionedConcurrencyConfig,
    Invoke: invoke,
    ListAliases: listAliases,
    ListEventSourceMappings: listEventSourceMappings,
    ListFunctionEventInvokeConfigs: listFunctionEventInvokeConfigs,
    ListFunctionUrlConfigs: listFunctionUrlConfigs,
    ListFunctions: listFunctions,
    ListLayerVersions: listLayerVersions,
    ListLayers: listLayers,
    ListProvisionedConcurrencyConfigs: listProvisionedConcurrencyConfigs,
    ListTags: listTags,
    ListVersionsByFunction: listVersionsByFunction,
    PublishLayerVersion: publishLayerVersion,
    PublishVersion: publishVersion,
    PutFunctionConcurrency: putFunctionConcurrency,
    PutFunctionEventInvokeConfig: putFunctionEventInvokeConfig,
    PutProvisionedConcurrencyConfig: putProvisionedConcurrencyConfig,
    RemoveLayerVersionPermission: removeLayerVersionPermission,
    RemovePermission: removePermission,
    TagResource: tagResource,
    UntagResource: untagResource,
    UpdateAlias: updateAlias,
    UpdateEventSourceMapping: updateEventSourceMapping,
    UpdateFunctionCode: updateFunctionCode,
    UpdateFunctionConfiguration: updateFunctionConfiguration,
    UpdateFunctionEventInvokeConfig: updateFunctionEventInvokeConfig,
    UpdateFunctionUrlConfig: updateFunctionUrlConfig,
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
