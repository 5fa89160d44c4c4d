import type { OperationContext } from '../../define-service.js';
import { configurationOutput } from '../model/configuration.js';
import { resolveFunction } from '../model/lookup.js';

export function getFunctionConfiguration(input: { FunctionName: string; Qualifier?: string }, ctx: OperationContext): Record<string, unknown> {
  const { record, version, config } = resolveFunction(ctx, input.FunctionName, input.Qualifier);
  return configurationOutput(ctx, record.name, version, config);
}
