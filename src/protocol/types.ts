import type { Readable } from 'node:stream';
import type { Operation, ProtocolName, ServiceModel } from '../model/index.js';
import type { AwsError } from '../shared/aws-error.js';

/**
 * An HTTP request as the protocol layer sees it. The body is already decoded
 * (Content-Encoding gzip and aws-chunked removed). For an operation whose input payload is a
 * streaming blob the body is not buffered: `bodyStream` carries it instead.
 */
export interface WireRequest {
  method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  path: string;
  /** The raw query string without "?", still percent-encoded. */
  rawQuery: string;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  bodyStream?: Readable;
  /** The Host header's name part, lower-cased, for host-based rules (S3 virtual hosts). */
  hostname?: string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body?: Buffer | string | Readable;
}

/** Decoded input or output: plain objects, arrays, strings, numbers, booleans, Date, Uint8Array. */
export type WireValue = unknown;
export type WireStructure = Record<string, unknown>;

export interface SerializeContext {
  requestId: string;
}

/**
 * One AWS protocol, service-blind: everything it knows of a service comes from the model.
 */
export interface Protocol {
  readonly name: ProtocolName;
  /**
   * The operation a request names, or undefined. REST protocols match method and path
   * without the body; the others may read the (already buffered) body.
   */
  operationName(req: WireRequest, model: ServiceModel): string | undefined;
  /** Decodes the request into the operation's input shape; throws AwsError on malformed input. */
  parseRequest(req: WireRequest, op: Operation, model: ServiceModel): WireStructure;
  serializeResponse(output: WireStructure, op: Operation, model: ServiceModel, ctx: SerializeContext): WireResponse;
  serializeError(error: AwsError, op: Operation | undefined, model: ServiceModel, ctx: SerializeContext): WireResponse;
}
