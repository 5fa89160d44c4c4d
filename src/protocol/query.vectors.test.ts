import { queryProtocol } from './query.js';
import { registerVectorTests } from './testing/xml-vectors.js';
import { readQueryOutput } from './testing/xml-response-reader.js';

const NO_BODY = 'vector has no body: it checks only that the client adds Content-Encoding';
const AUTOFILL = 'the client autofills the idempotency token, so the server sees a value the params lack';

const SKIPPED: Record<string, string> = {
  'input/query:SDKAppliedContentEncoding_awsQuery': NO_BODY,
  'input/query:SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsQuery': NO_BODY,
  'input/query:QueryProtocolIdempotencyTokenAutoFill': AUTOFILL,
  'input/legacy/query:12.1': AUTOFILL,
  'input/query:QueryEmptyQueryMaps': 'an empty map puts nothing on the wire; a server cannot tell it from no map',
};

registerVectorTests({
  protocol: queryProtocol,
  file: 'query',
  skipped: SKIPPED,
  readOutput: (_res, body, op) => readQueryOutput(body, op),
});
