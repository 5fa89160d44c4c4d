import type { ProtocolName } from '../model/index.js';

/**
 * Which of a service's protocols a request speaks. Services with more than one (CloudWatch:
 * query, JSON 1.0 and rpc-v2-cbor; SQS: JSON and query) are told apart by the request's
 * headers, as AWS's front ends do.
 */
export function selectProtocol(protocols: readonly ProtocolName[], headers: Readonly<Record<string, string>>): ProtocolName {
  if (protocols.length === 1) return protocols[0]!;
  const contentType = (headers['content-type'] ?? '').toLowerCase();
  if (headers['smithy-protocol'] === 'rpc-v2-cbor' && protocols.includes('smithy-rpc-v2-cbor')) return 'smithy-rpc-v2-cbor';
  if ((contentType.startsWith('application/x-amz-json') || headers['x-amz-target']) && protocols.includes('json')) return 'json';
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    if (protocols.includes('query')) return 'query';
    if (protocols.includes('ec2')) return 'ec2';
  }
  return protocols[0]!;
}
