import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { selectVersion } from '../model/find-parameter.js';
import { parameterOutput } from '../model/parameter-output.js';

export async function getParameter(input: { Name?: string; WithDecryption?: boolean }, ctx: OperationContext) {
  required(input.Name, 'name');
  const { row, version, selector } = selectVersion(ctx, input.Name!);
  return { Parameter: await parameterOutput(ctx, row, version, input.WithDecryption, selector) };
}
