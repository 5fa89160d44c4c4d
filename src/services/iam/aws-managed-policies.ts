import { createHash } from 'node:crypto';
import type { PolicyRow } from './store.js';

/**
 * The AWS managed policies Kumo knows (arn:aws:iam::aws:policy/...): the ones users attach
 * most, with their documents. They are the same in every account and cannot be changed.
 * Version ids and dates are Kumo's (all `v1`); documents follow AWS's current versions.
 */
interface ManagedPolicy {
  name: string;
  path: string;
  description: string;
  statement: unknown[];
}

const ALL = (actions: string[] | string) => ({ Effect: 'Allow', Action: actions, Resource: '*' });

const POLICIES: ManagedPolicy[] = [
  { name: 'AdministratorAccess', path: '/', description: 'Provides full access to AWS services and resources.', statement: [ALL('*')] },
  {
    name: 'PowerUserAccess',
    path: '/',
    description: 'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
    statement: [
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      ALL(['iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles', 'organizations:DescribeOrganization', 'account:ListRegions', 'account:GetAccountInformation']),
    ],
  },
  { name: 'AmazonS3FullAccess', path: '/', description: 'Provides full access to all buckets via the AWS Management Console.', statement: [ALL(['s3:*', 's3-object-lambda:*'])] },
  {
    name: 'AmazonS3ReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to all buckets via the AWS Management Console.',
    statement: [ALL(['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'])],
  },
  { name: 'AmazonSQSFullAccess', path: '/', description: 'Provides full access to Amazon SQS via the AWS Management Console.', statement: [ALL(['sqs:*'])] },
  {
    name: 'AmazonSQSReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to Amazon SQS via the AWS Management Console.',
    statement: [ALL(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ListDeadLetterSourceQueues', 'sqs:ListQueues', 'sqs:ListMessageMoveTasks', 'sqs:ListQueueTags'])],
  },
  { name: 'AmazonSNSFullAccess', path: '/', description: 'Provides full access to Amazon SNS via the AWS Management Console.', statement: [ALL(['sns:*'])] },
  {
    name: 'IAMFullAccess',
    path: '/',
    description: 'Provides full access to IAM via the AWS Management Console.',
    statement: [ALL(['iam:*', 'organizations:DescribeAccount', 'organizations:DescribeOrganization', 'organizations:DescribeOrganizationalUnit', 'organizations:DescribePolicy', 'organizations:ListChildren', 'organizations:ListParents', 'organizations:ListPoliciesForTarget', 'organizations:ListRoots', 'organizations:ListPolicies', 'organizations:ListTargetsForPolicy'])],
  },
  {
    name: 'IAMReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to IAM via the AWS Management Console.',
    statement: [ALL(['iam:GenerateCredentialReport', 'iam:GenerateServiceLastAccessedDetails', 'iam:Get*', 'iam:List*', 'iam:SimulateCustomPolicy', 'iam:SimulatePrincipalPolicy'])],
  },
  {
    name: 'AWSLambdaBasicExecutionRole',
    path: '/service-role/',
    description: 'Provides write permissions to CloudWatch Logs.',
    statement: [ALL(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'])],
  },
  {
    name: 'AWSLambdaSQSQueueExecutionRole',
    path: '/service-role/',
    description: 'Provides receive message, delete message, and read attribute access to SQS queues, and write permissions to CloudWatch logs.',
    statement: [ALL(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'])],
  },
];

const CREATED = Date.parse('2015-02-06T18:39:46Z');

function toRow(policy: ManagedPolicy): PolicyRow {
  const digest = createHash('sha256').update(policy.name).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let id = 'ANPA';
  for (let i = 0; i < 17; i++) id += alphabet[digest[i]! % 32];
  return {
    PolicyName: policy.name,
    PolicyId: id,
    Arn: `arn:aws:iam::aws:policy${policy.path}${policy.name}`,
    Path: policy.path,
    DefaultVersionId: 'v1',
    Description: policy.description,
    CreateDate: CREATED,
    UpdateDate: CREATED,
    Tags: [],
    versions: [{ VersionId: 'v1', Document: JSON.stringify({ Version: '2012-10-17', Statement: policy.statement }), CreateDate: CREATED }],
    nextVersion: 2,
  };
}

export const AWS_MANAGED_POLICIES: ReadonlyMap<string, PolicyRow> = new Map(POLICIES.map((p) => {
  const row = toRow(p);
  return [row.Arn, row];
}));

export function isAwsManagedArn(arn: string): boolean {
  return arn.startsWith('arn:aws:iam::aws:policy/');
}
