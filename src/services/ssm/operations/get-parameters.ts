import { isAwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { constraint, required } from '../errors.js';
import { isPublicName, publicOutput, publicParameter } from '../model/public-parameters.js';
import { selectVersion } from '../model/find-parameter.js';
import { parameterOutput } from '../model/parameter-output.js';

/** Up to 10 names (selectors allowed); missing ones are listed in InvalidParameters, not errors. */
export async function getParameters(input: { Names?: string[]; WithDecryption?: boolean }, ctx: OperationContext) {
  required(input.Names, 'names');
  const names = input.Names!;
  if (names.length < 1 || names.length > 10) throw constraint(`[${names.join(', ')}]`, 'names', 'Member must have length less than or equal to 10');
  const Parameters: unknown[] = [];
  const InvalidParameters: string[] = [];
  for (const spec of [...new Set(names)]) {
    if (isPublicName(spec)) {
      const known = await publicParameter(ctx, spec);
      if (known) Parameters.push(publicOutput(ctx, known));
      else InvalidParameters.push(spec);
      continue;
    }
    let found;
    try {
      found = selectVersion(ctx, spec);
    } catch (error) {
      if (isAwsError(error) && (error.code === 'ParameterNotFound' || error.code === 'ParameterVersionNotFound')) {
        InvalidParameters.push(spec);
        continue;
      }
      throw error;
    }
    Parameters.push(await parameterOutput(ctx, found.row, found.version, input.WithDecryption, found.selector));
  }
  return { Parameters, InvalidParameters };
}
