import { after } from 'node:test';
import { restJsonProtocol } from './rest-json.js';
import { registerJsonFamilyVectors, vectorCounts } from './testing/json-family-vectors.js';

const COMPRESSION = 'request compression: the vector has no body; gzip is removed by the server before the protocol runs';
const EMPTY_PAYLOAD = 'client-side: the client sends {} for an unset structure payload; the server reads it as an empty structure';
const QUERY_MAP =
  'the client also copies named parameters into the map-typed query member; Kumo gives that member only the parameters no named member claims (as RestJsonQueryParamsStringListMap shows, and as AMP ListScrapers needs)';
const JSON_HEADER =
  'Smithy mediaType header: the vector keeps the JSON text as a string; Kumo follows botocore jsonvalue headers and parses it (legacy/rest-json X-Amz-Foo case)';
/** Cases that describe client behaviour a server cannot observe. */
const SKIPPED: Record<string, string> = {
  'input/rest-json:SDKAppliedContentEncoding_restJson1': COMPRESSION,
  'input/rest-json:SDKAppendedGzipAfterProvidedEncoding_restJson1': COMPRESSION,
  'input/rest-json:RestJsonQueryIdempotencyTokenAutoFill': 'idempotency token auto-fill: the client invents the token, the server only sees it as a value',
  'input/rest-json:RestJsonQueryPrecedence': 'client-side precedence: the client drops the map entry that a named parameter overrides, so the server never sees it',
  'input/rest-json:RestJsonOmitsEmptyListQueryValues': 'client-side: empty lists are not sent, so the server cannot tell them from absent ones',
  'input/rest-json:RestJsonHttpPrefixHeadersAreNotPresent': 'client-side: an empty prefix-header map sends nothing, so the server sees no map',
  'input/legacy/rest-json:26.1': 'client-side: an empty header list sends nothing, so the server sees no list',
  'input/legacy/rest-json:19.1': 'idempotency token auto-fill: the client invents the token, the server only sees it as a value',
  'input/legacy/rest-json:25.7': 'the client adds a default Content-Type, which the model binds to a member',
  'input/rest-json:RestJsonHttpWithEmptyStructurePayload': EMPTY_PAYLOAD,
  'input/rest-json:RestJsonHttpWithHeadersButNoPayload': EMPTY_PAYLOAD,
  'input/legacy/rest-json:13.1': EMPTY_PAYLOAD,
  'input/legacy/rest-json:25.2': EMPTY_PAYLOAD,
  'input/legacy/rest-json:25.4': EMPTY_PAYLOAD,
  'input/rest-json:RestJsonAllQueryStringTypes': QUERY_MAP,
  'input/rest-json:RestJsonQueryStringEscaping': QUERY_MAP,
  'input/rest-json:RestJsonSupportsNaNFloatQueryValues': QUERY_MAP,
  'input/rest-json:RestJsonSupportsInfinityFloatQueryValues': QUERY_MAP,
  'input/rest-json:RestJsonSupportsNegativeInfinityFloatQueryValues': QUERY_MAP,
  'input/rest-json:RestJsonZeroAndFalseQueryValues': QUERY_MAP,
  'input/rest-json:MediaTypeHeaderInputBase64': JSON_HEADER,
  'output/rest-json:MediaTypeHeaderOutputBase64': JSON_HEADER,
  'output/rest-json:HttpPrefixHeadersResponse': 'an empty header prefix binds every response header, including the x-amzn-RequestId that Kumo adds',
  'output/legacy/rest-json:9.0': 'client-side view: the client keeps header-name case in prefix maps; Kumo reads lower-cased names',
  'output/legacy/rest-json:17.2': 'client-side: SDK_UNKNOWN_MEMBER is how botocore shows a union member it does not know',
};

/** Cases whose path the client prefixed with its endpoint's own path. */
const ROUTING_EXEMPT: Record<string, string> = {
  'input/rest-json:RestJsonHostWithPath': 'the endpoint path /custom is client configuration, not part of the operation URI',
};

registerJsonFamilyVectors({
  protocol: restJsonProtocol,
  family: 'rest-json',
  files: ['rest-json'],
  skipped: SKIPPED,
  routingExempt: ROUTING_EXEMPT,
});

after(() => {
  if (process.env.KUMO_VECTOR_COUNTS) console.log(JSON.stringify(vectorCounts));
});
