import type { OperationContext } from '../../define-service.js';
import { constraint, required, ssmError, versionNotFound } from '../errors.js';
import { findParameter } from '../model/find-parameter.js';
import { validLabel } from '../model/names.js';
import { parametersTable } from '../store.js';

/** Attaches labels to one version (moving them from any other); invalid labels are reported, not errors. */
export function labelParameterVersion(input: { Name?: string; ParameterVersion?: number; Labels?: string[] }, ctx: OperationContext) {
  const row = findParameter(ctx, input.Name);
  required(input.Labels, 'labels');
  if (input.Labels!.length < 1 || input.Labels!.length > 10) throw constraint(`[${input.Labels!.join(', ')}]`, 'labels', 'Member must have length less than or equal to 10');
  const target = input.ParameterVersion === undefined ? row.versions[row.versions.length - 1] : row.versions.find((v) => v.version === input.ParameterVersion);
  if (!target) throw versionNotFound(row.name, input.ParameterVersion!);
  const valid = input.Labels!.filter(validLabel);
  const InvalidLabels = input.Labels!.filter((l) => !validLabel(l));
  const labels = new Set([...target.labels, ...valid]);
  if (labels.size > 10) {
    throw ssmError('ParameterVersionLabelLimitExceeded', 'An parameter version can have maximum 10 labels.Move one or more labels to another version and try again.');
  }
  for (const v of row.versions) if (v !== target) v.labels = v.labels.filter((l) => !valid.includes(l));
  target.labels = [...labels];
  ctx.table(parametersTable).put(row.name, row);
  return { InvalidLabels, ParameterVersion: target.version };
}
