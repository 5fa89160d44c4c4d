import type { OperationContext } from '../../define-service.js';
import { required, versionNotFound } from '../errors.js';
import { findParameter } from '../model/find-parameter.js';
import { parametersTable } from '../store.js';

export function unlabelParameterVersion(input: { Name?: string; ParameterVersion?: number; Labels?: string[] }, ctx: OperationContext) {
  const row = findParameter(ctx, input.Name);
  required(input.ParameterVersion, 'parameterVersion');
  required(input.Labels, 'labels');
  const target = row.versions.find((v) => v.version === input.ParameterVersion);
  if (!target) throw versionNotFound(row.name, input.ParameterVersion!);
  const RemovedLabels = input.Labels!.filter((l) => target.labels.includes(l));
  const InvalidLabels = input.Labels!.filter((l) => !target.labels.includes(l));
  target.labels = target.labels.filter((l) => !RemovedLabels.includes(l));
  ctx.table(parametersTable).put(row.name, row);
  return { RemovedLabels, InvalidLabels };
}
