import { invalidParameterValue, validation } from '../errors.js';

/** Runtimes AWS accepts today for new functions and updates. */
const CURRENT_RUNTIMES = new Set([
  'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x',
  'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14',
  'java8.al2', 'java11', 'java17', 'java21', 'java25',
  'dotnet8', 'dotnet10', 'ruby3.2', 'ruby3.3', 'ruby3.4',
  'provided.al2', 'provided.al2023',
]);
/** Runtimes AWS no longer lets anyone create or update a function with. */
const RETIRED_RUNTIMES = new Set([
  'nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x',
  'python2.7', 'python3.6', 'python3.7', 'python3.8', 'java8', 'go1.x', 'provided',
  'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'dotnet6', 'dotnet7', 'ruby2.5', 'ruby2.7',
]);

const RESERVED_VARIABLES = [
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
];

const ROLE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;

export interface ConfigInput {
  Role?: string;
  Runtime?: string;
  Handler?: string;
  Timeout?: number;
  MemorySize?: number;
  Description?: string;
  Environment?: { Variables?: Record<string, string> };
  EphemeralStorage?: { Size: number };
}

/** Checks the members CreateFunction and UpdateFunctionConfiguration share, as AWS does. */
export function validateConfig(input: ConfigInput): void {
  if (input.Role !== undefined && !ROLE.test(input.Role)) {
    throw validation(input.Role, 'role', 'Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+');
  }
  if (input.Runtime !== undefined) {
    if (RETIRED_RUNTIMES.has(input.Runtime)) {
      throw invalidParameterValue(
        `The runtime parameter of ${input.Runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or upgrading functions.`,
      );
    }
    if (!CURRENT_RUNTIMES.has(input.Runtime)) {
      throw invalidParameterValue(`Value ${input.Runtime} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [${[...CURRENT_RUNTIMES].join(', ')}] or be a valid ARN`);
    }
  }
  if (input.Handler !== undefined && (input.Handler.length > 128 || !/^[^\s]+$/.test(input.Handler))) {
    throw validation(input.Handler, 'handler', 'Member must satisfy regular expression pattern: [^\\s]+');
  }
  range(input.Timeout, 'timeout', 1, 900);
  range(input.MemorySize, 'memorySize', 128, 10240);
  range(input.EphemeralStorage?.Size, 'ephemeralStorage.size', 512, 10240);
  if (input.Description !== undefined && input.Description.length > 256) {
    throw validation(input.Description, 'description', 'Member must have length less than or equal to 256');
  }
  const variables = input.Environment?.Variables;
  if (variables) {
    const reserved = Object.keys(variables).filter((key) => RESERVED_VARIABLES.includes(key));
    if (reserved.length) {
      throw invalidParameterValue(
        `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(', ')}`,
      );
    }
    const size = Buffer.byteLength(JSON.stringify(variables));
    if (size > 4096) {
      throw invalidParameterValue(
        `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${JSON.stringify(variables)}`,
      );
    }
  }
}

function range(value: number | undefined, member: string, min: number, max: number): void {
  if (value === undefined) return;
  if (value < min) throw validation(value, member, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw validation(value, member, `Member must have value less than or equal to ${max}`);
}
