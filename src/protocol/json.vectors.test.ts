import { after } from 'node:test';
import { jsonProtocol } from './json.js';
import { registerJsonFamilyVectors, vectorCounts } from './testing/json-family-vectors.js';

/** Cases that describe client behaviour a server cannot observe. */
const SKIPPED: Record<string, string> = {
  'input/json:SDKAppliedContentEncoding_awsJson1_1': 'request compression: the vector has no body; gzip is removed by the server before the protocol runs',
  'input/json:SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsJson1_1': 'request compression: the vector has no body; gzip is removed by the server before the protocol runs',
  'input/json_1_0:SDKAppliedContentEncoding_awsJson1_0': 'request compression: the vector has no body; gzip is removed by the server before the protocol runs',
  'input/json_1_0:SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsJson1_0': 'request compression: the vector has no body; gzip is removed by the server before the protocol runs',
  'input/legacy/json:6.1': 'idempotency token auto-fill: the client invents the token, the server only sees it as a value',
  'output/legacy/json:3.1': 'malformed vector model: MapType is declared type string yet holds objects',
  'output/legacy/json:6.0': 'event streams (application/vnd.amazon.eventstream) are not implemented by the JSON protocol',
};

const NO_TARGET = 'the vector lists no X-Amz-Target header, so only parsing is checked';
/** Cases whose request does not carry X-Amz-Target: parse only. */
const ROUTING_EXEMPT: Record<string, string> = {
  'input/legacy/json:6.0': NO_TARGET,
  'input/legacy/json:6.1': NO_TARGET,
  'input/json_1_0:AwsJson10EndpointTrait': NO_TARGET,
  'input/json_1_0:AwsJson10EndpointTraitWithHostLabel': NO_TARGET,
  'input/json_1_0:AwsJson10HostWithPath': NO_TARGET,
};

registerJsonFamilyVectors({
  protocol: jsonProtocol,
  family: 'json',
  files: ['json', 'json_1_0', 'json_1_0-query-compatible'],
  skipped: SKIPPED,
  routingExempt: ROUTING_EXEMPT,
});

after(() => {
  if (process.env.KUMO_VECTOR_COUNTS) console.log(JSON.stringify(vectorCounts));
});
