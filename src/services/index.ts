import type { ServiceDefinition } from './define-service.js';
import { cloudwatchService } from './cloudwatch/index.js';
import { dynamodbService } from './dynamodb/index.js';
import { dynamodbStreamsService } from './dynamodb-streams/index.js';
import { cloudwatchLogsService } from './cloudwatch-logs/index.js';
import { ec2Service } from './ec2/index.js';
import { eventbridgeService } from './eventbridge/index.js';
import { lambdaService } from './lambda/index.js';
import { iamService } from './iam/index.js';
import { kinesisService } from './kinesis/index.js';
import { kmsService } from './kms/index.js';
import { s3Service } from './s3/index.js';
import { secretsManagerService } from './secrets-manager/index.js';
import { snsService } from './sns/index.js';
import { sqsService } from './sqs/index.js';
import { ssmService } from './ssm/index.js';
import { stsService } from './sts/index.js';

/** Every service Kumo implements; `--services` picks a subset. */
export const ALL_SERVICES: readonly ServiceDefinition[] = [cloudwatchService, dynamodbService, dynamodbStreamsService, cloudwatchLogsService, ec2Service, eventbridgeService, lambdaService, iamService, kinesisService, kmsService, s3Service, secretsManagerService, snsService, sqsService, ssmService, stsService];
