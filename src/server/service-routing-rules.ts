import type { RoutingRule } from '../router/index.js';
import { s3RoutingRule } from '../services/s3/overrides.js';
import { sqsQueueUrlRule } from '../services/sqs/overrides.js';

/**
 * Path and host rules for requests that carry no signing name or target (unsigned
 * presigned-style requests, browser posts): each comes from a service's overrides.ts.
 * Services add theirs here as they arrive (SQS queue URLs, Lambda paths, S3 last).
 */
export const SERVICE_ROUTING_RULES: readonly RoutingRule[] = [sqsQueueUrlRule, s3RoutingRule];
