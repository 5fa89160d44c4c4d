import type { RoutingFacts, RoutingRule } from '../../router/index.js';

const QUEUE_PATH = /^\/(?:queue\/[a-z0-9-]+\/)?\d{12}\/[A-Za-z0-9_-]{1,80}(?:\.fifo)?\/?$/;

/**
 * Requests sent to a queue URL (`/<account>/<name>`, any host) are SQS's even unsigned:
 * older SDKs and hand-written form posts use the queue URL as the endpoint. Only requests
 * that look like API calls (a form or JSON body, or `Action=` in the query) match, so an
 * unsigned S3 GET of a similar path is left alone.
 */
export const sqsQueueUrlRule: RoutingRule = {
  service: 'sqs',
  matches(facts: RoutingFacts): boolean {
    if (!QUEUE_PATH.test(facts.path)) return false;
    const contentType = (facts.headers['content-type'] ?? '').toLowerCase();
    if (facts.method === 'POST' && (contentType.startsWith('application/x-www-form-urlencoded') || contentType.startsWith('application/x-amz-json'))) return true;
    return /(?:^|&)Action=/.test(facts.rawQuery);
  },
};
