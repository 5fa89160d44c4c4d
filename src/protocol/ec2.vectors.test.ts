import { ec2Protocol } from './ec2.js';
import { registerVectorTests } from './testing/xml-vectors.js';
import { readEc2Output } from './testing/xml-response-reader.js';

const NO_BODY = 'vector has no body: it checks only that the client adds Content-Encoding';
const AUTOFILL = 'the client autofills the idempotency token, so the server sees a value the params lack';

const SKIPPED: Record<string, string> = {
  'input/ec2:SDKAppliedContentEncoding_ec2Query': NO_BODY,
  'input/ec2:SDKAppendsGzipAndIgnoresHttpProvidedEncoding_ec2Query': NO_BODY,
  'input/ec2:Ec2ProtocolIdempotencyTokenAutoFill': AUTOFILL,
  'input/legacy/ec2:8.1': AUTOFILL,
  'input/ec2:Ec2EmptyQueryLists': 'ec2 clients send nothing for an empty list; a server cannot tell it from no list',
};

registerVectorTests({
  protocol: ec2Protocol,
  file: 'ec2',
  skipped: SKIPPED,
  readOutput: (_res, body, op) => readEc2Output(body, op),
});
