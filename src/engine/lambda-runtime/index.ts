export { LambdaEngine, type FunctionSpec, type InvocationResult } from './lambda-engine.js';
export { extractZip, readZipEntries, ZipError } from './unzip.js';
export { RUNNABLE_RUNTIMES } from './runtime-launcher.js';
export { MAX_RESPONSE_BYTES } from './runtime-api-server.js';
