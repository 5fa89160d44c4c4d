/** The policy CreateKey gives a key when none is sent, formatted as KMS returns it. */
export function defaultKeyPolicy(accountId: string): string {
  return `{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "arn:aws:iam::${accountId}:root"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}`;
}

/** An AWS managed key's policy: use only through its service, metadata readable by the account. */
export function managedKeyPolicy(accountId: string, region: string, service: string): string {
  return `{
  "Version" : "2012-10-17",
  "Id" : "auto-${service}-1",
  "Statement" : [ {
    "Sid" : "Allow access through ${service} for all principals in the account that are authorized to use ${service}",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "*"
    },
    "Action" : [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey" ],
    "Resource" : "*",
    "Condition" : {
      "StringEquals" : {
        "kms:CallerAccount" : "${accountId}",
        "kms:ViaService" : "${service}.${region}.amazonaws.com"
      }
    }
  }, {
    "Sid" : "Allow direct access to key metadata to the account",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "arn:aws:iam::${accountId}:root"
    },
    "Action" : [ "kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant" ],
    "Resource" : "*"
  } ]
}`;
}

/** PutKeyPolicy and CreateKey accept any JSON object with a Statement, up to 32 KB. */
export function policyProblem(policy: string): string | undefined {
  if (policy.length > 32768) return 'Policy document exceeds the maximum size of 32768.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    return 'The policy is not valid JSON.';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'The policy is not a JSON object.';
  const statement = (parsed as { Statement?: unknown }).Statement;
  if (statement === undefined) return 'Policy is missing required element - Statement.';
  return undefined;
}
