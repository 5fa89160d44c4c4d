export { ModelCatalog, modelCatalog } from './catalog.js';
export { compileModel, type RawModel, type RawShape, type RawOperation } from './compile-model.js';
export { serviceNameOf, type ServiceEntry } from './service-entry.js';
export * from './shape.js';
