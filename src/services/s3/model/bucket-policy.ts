import { parsePolicyDocument, PolicyGrammarError, wildcard, type PolicyDocument, type Statement } from '../../../policy/index.js';
import { malformedPolicy } from '../errors.js';

/**
 * PutBucketPolicy's checks, with S3's MalformedPolicy messages (they differ from IAM's):
 * JSON, principals, S3 actions, resources inside this bucket, and actions that apply to the
 * resources named. Returns the parsed document.
 */
export function validateBucketPolicy(text: string, bucket: string): PolicyDocument {
  if (!text.trimStart().startsWith('{')) throw malformedPolicy("Policies must be valid JSON and the first byte must be '{'");
  try {
    JSON.parse(text);
  } catch {
    throw malformedPolicy('This policy contains invalid Json');
  }
  let document: PolicyDocument;
  try {
    document = parsePolicyDocument(text, 'resource');
  } catch (error) {
    if (!(error instanceof PolicyGrammarError)) throw error;
    if (error.message.startsWith('Invalid principal')) throw malformedPolicy('Invalid principal in policy');
    if (error.message.startsWith('Resource ')) throw malformedPolicy('Policy has invalid resource');
    if (error.message.startsWith('Actions/Conditions')) throw malformedPolicy('Policy has invalid action');
    if (error.message === 'Policy statement must contain actions.') throw malformedPolicy('Missing required field Action');
    throw malformedPolicy(error.message);
  }
  for (const statement of document.Statement) checkStatement(statement, bucket);
  return document;
}

const PRINCIPAL_ARN = /^arn:aws:(iam|sts)::\d{12}:(root|user\/.+|role\/.+|assumed-role\/.+|federated-user\/.+)$/;

function checkStatement(statement: Statement, bucket: string): void {
  const principals = statement.Principal ?? statement.NotPrincipal;
  if (principals !== undefined && principals !== '*') {
    for (const value of principals.AWS ?? []) {
      if (value !== '*' && !/^\d{12}$/.test(value) && !PRINCIPAL_ARN.test(value)) throw malformedPolicy('Invalid principal in policy');
    }
    for (const value of principals.CanonicalUser ?? []) if (!/^[0-9a-f]{64}$/.test(value)) throw malformedPolicy('Invalid principal in policy');
  }
  const actions = statement.Action ?? statement.NotAction ?? [];
  for (const action of actions) {
    if (action !== '*' && !/^s3:[A-Za-z0-9*?]*$/i.test(action)) throw malformedPolicy('Policy has invalid action');
  }
  const resources = statement.Resource ?? statement.NotResource;
  if (!resources) throw malformedPolicy('Missing required field Resource');
  for (const resource of resources) {
    const match = /^arn:aws:s3:::([^/]+)(\/.*)?$/.exec(resource);
    if (!match || !wildcard(match[1]!, bucket)) throw malformedPolicy('Policy has invalid resource');
  }
  if (statement.Action && statement.Resource && !actionsApply(statement.Action, statement.Resource)) {
    throw malformedPolicy('Action does not apply to any resource(s) in statement');
  }
}

/** Object actions need an object resource (`bucket/...`), bucket actions the bucket itself. */
function actionsApply(actions: string[], resources: string[]): boolean {
  const objects = resources.some((r) => r.includes('/'));
  const buckets = resources.some((r) => !r.includes('/'));
  return actions.some((action) => {
    if (action === '*' || /[*?]/.test(action)) return true;
    return isObjectAction(action) ? objects : buckets;
  });
}

function isObjectAction(action: string): boolean {
  const name = action.slice(3);
  return /Object|^AbortMultipartUpload$|^ListMultipartUploadParts$|^RestoreObject$/.test(name) && !/^(Get|Put)BucketObject|ObjectLockConfiguration$/.test(name);
}

/** Keys whose fixed value narrows a grant to known parties: a statement with one is not public. */
const NARROWING_KEYS = ['aws:sourcearn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceaccount', 'aws:sourceowner', 'aws:principalorgid', 'aws:principalaccount', 'aws:principalarn', 'aws:userid', 'aws:sourceip', 's3:dataaccesspointaccount', 's3:dataaccesspointarn'];

/** Whether AWS calls the policy public: an Allow to every principal that no narrowing condition fixes. */
export function isPublicPolicy(document: PolicyDocument): boolean {
  return document.Statement.some(isPublicStatement);
}

export function isPublicStatement(statement: Statement): boolean {
  if (statement.Effect !== 'Allow') return false;
  const everyone = statement.Principal === '*' || (statement.Principal !== undefined && (statement.Principal.AWS ?? []).includes('*')) || statement.NotPrincipal !== undefined;
  if (!everyone) return false;
  for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      if (!NARROWING_KEYS.includes(key.toLowerCase())) continue;
      if (/^Not|IfExists$/.test(operator)) continue;
      if (key.toLowerCase() === 'aws:sourceip' && values.some((v) => v.endsWith('/0'))) continue;
      if (values.some((v) => v.includes('*'))) continue;
      return false;
    }
  }
  return true;
}
