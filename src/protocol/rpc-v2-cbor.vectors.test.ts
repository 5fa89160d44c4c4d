import { after } from 'node:test';
import { rpcV2CborProtocol } from './rpc-v2-cbor.js';
import { registerJsonFamilyVectors, vectorCounts } from './testing/json-family-vectors.js';

/** Cases that describe client behaviour a server cannot observe. */
const SKIPPED: Record<string, string> = {};

/** Cases whose AWS bytes the test reader (cbor-x) cannot decode; Kumo's own bytes are still read back. */
const INDEFINITE_STRINGS = 'cbor-x does not decode indefinite-length text strings (no AWS SDK sends them); Kumo writes definite lengths';
const AWS_BYTES_UNREADABLE: Record<string, string> = {
  'output/smithy-rpc-v2-cbor:RpcV2CborIndefiniteStringInsideIndefiniteListCanDeserialize': INDEFINITE_STRINGS,
  'output/smithy-rpc-v2-cbor:RpcV2CborIndefiniteStringInsideDefiniteListCanDeserialize': INDEFINITE_STRINGS,
};

registerJsonFamilyVectors({
  protocol: rpcV2CborProtocol,
  family: 'cbor',
  files: ['smithy-rpc-v2-cbor', 'smithy-rpc-v2-cbor-query-compatible', 'smithy-rpc-v2-cbor-non-query-compatible'],
  skipped: SKIPPED,
  awsBytesUnreadable: AWS_BYTES_UNREADABLE,
});

after(() => {
  if (process.env.KUMO_VECTOR_COUNTS) console.log(JSON.stringify(vectorCounts));
});
