import type { ProtocolName } from '../model/index.js';
import { ec2Protocol } from './ec2.js';
import { jsonProtocol } from './json.js';
import { queryProtocol } from './query.js';
import { restJsonProtocol } from './rest-json.js';
import { restXmlProtocol } from './rest-xml.js';
import { rpcV2CborProtocol } from './rpc-v2-cbor.js';
import type { Protocol } from './types.js';

const PROTOCOLS: Record<ProtocolName, Protocol> = {
  query: queryProtocol,
  ec2: ec2Protocol,
  json: jsonProtocol,
  'rest-json': restJsonProtocol,
  'rest-xml': restXmlProtocol,
  'smithy-rpc-v2-cbor': rpcV2CborProtocol,
};

export function protocolFor(name: ProtocolName): Protocol {
  return PROTOCOLS[name];
}

export { selectProtocol } from './select-protocol.js';
export type { Protocol, WireRequest, WireResponse, SerializeContext } from './types.js';
