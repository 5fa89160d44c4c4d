import type { OperationContext } from '../../define-service.js';
import { parameterNotFound, required } from '../errors.js';
import { isPublicName, publicOutput, publicParameter } from '../model/public-parameters.js';
import { selectVersion } from '../model/find-parameter.js';
import { parameterOutput } from '../model/parameter-output.js';

export async function getParameter(input: { Name?: string; WithDecryption?: boolean }, ctx: OperationContext) {
  required(input.Name, 'name');
  if (isPublicName(input.Name!)) {
    const found = await publicParameter(ctx, input.Name!);
    if (!found) throw parameterNotFound();
    return { Parameter: publicOutput(ctx, found) };
  }
  const { row, version, selector } = selectVersion(ctx, input.Name!);
  return { Parameter: await parameterOutput(ctx, row, version, input.WithDecryption, selector) };
}
