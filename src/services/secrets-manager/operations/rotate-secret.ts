import { randomUUID } from 'node:crypto';
import { AwsError, isAwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { invalidRequest, validation } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { openRotation, pendingVersionId, rotationRuntime, runRotation, scheduleNext } from '../model/rotation.js';
import { checkRotationRules } from '../model/rotation-schedule.js';
import { checkToken } from '../model/versions.js';
import { secretsTable, type RotationRules } from '../store.js';

export interface RotateSecretInput {
  SecretId?: string;
  ClientRequestToken?: string;
  RotationLambdaARN?: string;
  RotationRules?: RotationRules;
  RotateImmediately?: boolean;
}

const cannotInvoke = () =>
  new AwsError('AccessDeniedException', 'Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.');

/**
 * Stores the rotation settings and starts the asynchronous rotation: an empty AWSPENDING
 * version under the token, then the function's four steps on Kumo's scheduler (the answer
 * comes before they run, as on AWS). With RotateImmediately false only testSecret runs and the
 * first rotation waits for the schedule.
 */
export async function rotateSecret(input: RotateSecretInput, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  const lambdaArn = input.RotationLambdaARN ?? row.rotation?.lambdaArn;
  if (input.RotationLambdaARN !== undefined && input.RotationLambdaARN.length > 2048) {
    throw validation(input.RotationLambdaARN, 'rotationLambdaARN', 'Member must have length less than or equal to 2048');
  }
  if (lambdaArn === undefined) throw invalidRequest('No Lambda rotation function ARN is associated with this secret.');
  const rules = input.RotationRules !== undefined ? checkRotationRules(input.RotationRules) : row.rotation?.rules;
  if (pendingVersionId(row) !== undefined) throw invalidRequest("A previous rotation isn't complete. That rotation will be reattempted.");
  const token = checkToken(input.ClientRequestToken ?? randomUUID());
  if (row.versions[token]) throw invalidRequest(`You can't use ClientRequestToken ${token} because that value is already in use for a version of secret ${row.arn}.`);
  try {
    await ctx.aws.call('lambda', 'GetFunction', { FunctionName: lambdaArn }, lambdaScope(lambdaArn, ctx));
  } catch (error) {
    if (isAwsError(error)) throw cannotInvoke();
    throw error;
  }
  const immediately = input.RotateImmediately ?? true;
  const table = ctx.table(secretsTable);
  const fresh = table.get(row.name) ?? row;
  const now = ctx.clock.now();
  fresh.rotation = { ...fresh.rotation, enabled: true, lambdaArn, ...(rules ? { rules } : {}) };
  delete fresh.rotation.nextRotationMs;
  openRotation(fresh, token, now);
  // The first scheduled rotation counts from now; a completed rotation resets it.
  if (rules) scheduleNext(ctx, ctx, fresh, now);
  fresh.lastChangedMs = now;
  table.put(fresh.name, fresh);
  const scope = { accountId: ctx.accountId, region: ctx.region };
  const runtime = rotationRuntime(ctx.store);
  const run = () => runRotation(runtime ?? ctx, scope, fresh.name, token, !immediately);
  if (runtime) runtime.scheduler.at(now, run);
  else void run().catch(() => undefined);
  return { ARN: fresh.arn, Name: fresh.name, VersionId: token };
}

function lambdaScope(arn: string, ctx: OperationContext): { accountId: string; region: string } {
  const parts = arn.split(':');
  return parts[0] === 'arn' && parts.length >= 7 ? { region: parts[3], accountId: parts[4] } : { accountId: ctx.accountId, region: ctx.region };
}
