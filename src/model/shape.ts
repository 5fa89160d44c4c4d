/**
 * A compiled shape from a botocore-format service model. Member references are resolved:
 * a member is its target shape with the member's own traits laid over it (through the
 * prototype chain, so recursive shapes such as DynamoDB's AttributeValue stay finite).
 */
export type ShapeType =
  | 'structure'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'short'
  | 'byte'
  | 'float'
  | 'double'
  | 'bigdecimal'
  | 'biginteger'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | 'character';

export type MemberLocation = 'header' | 'headers' | 'uri' | 'querystring' | 'statusCode';

export interface XmlNamespace {
  prefix?: string;
  uri: string;
}

export interface Shape {
  readonly type: ShapeType;
  /** The shape's name in the model ("S4" in minified models, the real name otherwise). */
  readonly shapeName?: string;
  // structure
  readonly members?: Readonly<Record<string, Shape>>;
  readonly required?: readonly string[];
  readonly payload?: string;
  readonly resultWrapper?: string;
  readonly error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  readonly exception?: boolean;
  readonly union?: boolean;
  readonly document?: boolean;
  // list
  readonly member?: Shape;
  // map
  readonly key?: Shape;
  readonly value?: Shape;
  readonly flattened?: boolean;
  // scalars
  readonly timestampFormat?: string;
  readonly jsonvalue?: boolean;
  readonly streaming?: boolean;
  readonly eventstream?: boolean;
  readonly event?: boolean;
  readonly sensitive?: boolean;
  readonly idempotencyToken?: boolean;
  readonly enum?: readonly string[];
  // member traits
  readonly location?: MemberLocation;
  readonly locationName?: string;
  readonly queryName?: string;
  /**
   * Kumo's patch-only trait (Smithy's xmlName): the member's name in the XML family only
   * (query parameters, XML elements) where it differs from the JSON one, which locationName
   * would change too (SQS: `Attribute.N` over query, `Attributes` in JSON).
   */
  readonly xmlName?: string;
  readonly xmlNamespace?: XmlNamespace;
  readonly xmlAttribute?: boolean;
  readonly hostLabel?: boolean;
}

export interface HttpTrait {
  method: string;
  requestUri: string;
  responseCode?: number;
}

export interface Operation {
  name: string;
  http: HttpTrait;
  input: Shape;
  output: Shape;
  /** The output's result wrapper element for the query protocols (`<OpResult>`). */
  resultWrapper?: string;
  errors: Shape[];
  endpoint?: { hostPrefix?: string };
  httpChecksum?: { requestChecksumRequired?: boolean; requestAlgorithmMember?: string };
  /** Content encodings the operation accepts on its request body (`gzip`). */
  requestCompression?: string[];
  deprecated?: boolean;
}

export type ProtocolName = 'query' | 'ec2' | 'json' | 'rest-json' | 'rest-xml' | 'smithy-rpc-v2-cbor';

export interface ServiceMetadata {
  apiVersion: string;
  endpointPrefix: string;
  signingName?: string;
  serviceId: string;
  protocol: ProtocolName;
  protocols?: ProtocolName[];
  jsonVersion?: string;
  targetPrefix?: string;
  xmlNamespace?: string;
  globalEndpoint?: string;
  awsQueryCompatible?: Record<string, unknown>;
  uid?: string;
}

export interface ServiceModel {
  metadata: ServiceMetadata;
  operations: Readonly<Record<string, Operation>>;
  shapes: Readonly<Record<string, Shape>>;
  /** Error shapes by their wire code (the shape name, or the `error.code` trait). */
  errorsByCode: Readonly<Record<string, Shape>>;
}

/** An empty structure, for operations the model declares without input or output. */
export const EMPTY_STRUCTURE: Shape = Object.freeze({ type: 'structure', members: Object.freeze({}) });
