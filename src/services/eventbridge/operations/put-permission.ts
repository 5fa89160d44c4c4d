import { AwsError } from '../../../shared/aws-error.js';
import { parsePolicyDocument, PolicyGrammarError } from '../../../policy/index.js';
import type { OperationContext } from '../../define-service.js';
import { constraintViolation, validation } from '../errors.js';
import { requireBus } from '../model/buses.js';
import { withStatement, type PolicyStatement } from '../model/bus-policy.js';
import { busArn } from '../model/names.js';
import { busesTable } from '../store.js';

interface PutPermissionInput {
  EventBusName?: string;
  Action?: string;
  Principal?: string;
  StatementId?: string;
  Condition?: { Type?: string; Key?: string; Value?: string };
  Policy?: string;
}

/** AWS caps a bus policy at 10 KB. */
const MAX_POLICY_BYTES = 10 * 1024;
const STATEMENT_ID = /^[a-zA-Z0-9-_]+$/;
const PRINCIPAL = /^(\d{12}|\*)$/;

/**
 * Grants events:PutEvents on a bus: one statement from Action/Principal/StatementId/Condition
 * (replacing the statement with that Sid), or a whole Policy document replacing the policy.
 */
export function putPermission(input: PutPermissionInput, ctx: OperationContext) {
  const bus = requireBus(ctx, input.EventBusName);
  let policy: string;
  if (input.Policy !== undefined) {
    policy = checkedPolicy(input.Policy);
  } else {
    const statement = statementFrom(input, busArn(ctx.region, ctx.accountId, bus.name));
    policy = withStatement(bus.policy, statement);
  }
  if (Buffer.byteLength(policy, 'utf8') > MAX_POLICY_BYTES) {
    throw new AwsError('PolicyLengthExceededException', 'The policy length exceeds the maximum allowed size of 10240 bytes.');
  }
  bus.policy = policy;
  bus.modifiedMs = ctx.clock.now();
  ctx.table(busesTable).put(bus.name, bus);
  return {};
}

function statementFrom(input: PutPermissionInput, resource: string): PolicyStatement {
  const { Action: action, Principal: principal, StatementId: sid, Condition: condition } = input;
  if (principal === undefined) throw validation('Parameter Principal must be specified.');
  if (!PRINCIPAL.test(principal)) {
    throw constraintViolation(principal, 'principal', 'Member must satisfy regular expression pattern: (\\d{12}|\\*)');
  }
  if (condition !== undefined && principal !== '*') {
    throw validation("Value of the parameter 'principal' must be '*' when the parameter 'condition' is set.");
  }
  if (action !== 'events:PutEvents') throw validation("Provided value in parameter 'action' is not supported.");
  if (sid === undefined) throw validation('Parameter StatementId must be specified.');
  if (sid.length < 1 || sid.length > 64) throw constraintViolation(sid, 'statementId', 'Member must have length less than or equal to 64');
  if (!STATEMENT_ID.test(sid)) throw constraintViolation(sid, 'statementId', 'Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+');
  const statement: PolicyStatement = {
    Sid: sid,
    Effect: 'Allow',
    Principal: principal === '*' ? '*' : { AWS: `arn:aws:iam::${principal}:root` },
    Action: action,
    Resource: resource,
  };
  if (condition !== undefined) {
    // The only condition AWS takes: StringEquals on aws:PrincipalOrgID.
    if (condition.Type !== 'StringEquals') throw validation("Provided value in parameter 'condition.type' is not supported.");
    if (condition.Key !== 'aws:PrincipalOrgID') throw validation("Provided value in parameter 'condition.key' is not supported.");
    statement.Condition = { StringEquals: { [condition.Key]: condition.Value ?? '' } };
  }
  return statement;
}

function checkedPolicy(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validation('This policy contains invalid Json');
  }
  try {
    parsePolicyDocument(text, 'resource');
  } catch (error) {
    if (error instanceof PolicyGrammarError) throw validation(error.message);
    throw error;
  }
  return JSON.stringify(parsed);
}
