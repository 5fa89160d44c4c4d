import { restXmlProtocol } from './rest-xml.js';
import { registerVectorTests } from './testing/xml-vectors.js';
import { readRestXmlError, readRestXmlOutput } from './testing/xml-response-reader.js';

const NO_BODY = 'vector has no body: it checks only that the client adds Content-Encoding';
const AUTOFILL = 'the client autofills the idempotency token, so the server sees a value the params lack';
const EMPTY_PREFIX_MAP = 'an empty prefix-header map puts nothing on the wire; a server cannot tell it from no map';
const EVENT_STREAM = 'event-stream output is not part of the rest-xml protocol object yet';

const SKIPPED: Record<string, string> = {
  'input/rest-xml:SDKAppliedContentEncoding_restXml': NO_BODY,
  'input/rest-xml:SDKAppendedGzipAfterProvidedEncoding_restXml': NO_BODY,
  'input/rest-xml:QueryIdempotencyTokenAutoFill': AUTOFILL,
  'input/legacy/rest-xml:23.1': AUTOFILL,
  'input/rest-xml:HttpPrefixHeadersAreNotPresent': EMPTY_PREFIX_MAP,
  'output/rest-xml:HttpPrefixHeadersAreNotPresent': EMPTY_PREFIX_MAP,
  'input/rest-xml:RestXmlQueryPrecedence': "the client drops the map's entry that a named parameter shadows; the server never sees it",
  'input/legacy/rest-xml:26.1': 'an empty header list puts nothing on the wire; a server cannot tell it from no list',
  'output/legacy/rest-xml:14.0': EVENT_STREAM,
  'output/legacy/rest-xml:14.1': EVENT_STREAM,
  'output/legacy/rest-xml:14.2': EVENT_STREAM,
  'output/legacy/rest-xml:16.2': 'SDK_UNKNOWN_MEMBER is how a client reports a union member it does not know; a server never sends one',
};

registerVectorTests({
  protocol: restXmlProtocol,
  file: 'rest-xml',
  skipped: SKIPPED,
  readOutput: (res, body, op) => readRestXmlOutput(res, body, op),
  readError: readRestXmlError,
});
