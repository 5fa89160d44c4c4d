import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { Operation, ServiceEntry, ServiceModel } from '../model/index.js';
import type { Protocol, WireResponse } from '../protocol/types.js';
import type { ChunkSignatureCheck } from '../protocol/body/aws-chunked.js';
import type { CredentialScope } from '../router/index.js';
import type { Caller } from '../services/define-service.js';
import type { AwsError } from '../shared/aws-error.js';

/**
 * One request on its way through the chain. Each handler reads what earlier ones found and
 * adds its own part; a handler that sets `response` ends the chain.
 */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly receivedAt: number;
  requestId: string;

  method: string;
  /** Percent-encoded path without the query. */
  path: string;
  rawQuery: string;
  headers: Record<string, string>;
  hostname: string;
  /** Base URL the client used (`http://127.0.0.1:4566`). */
  endpoint: string;

  /** The buffered, decoded body (after `readBody`). */
  body?: Buffer;
  /** The decoded body of a streaming-payload operation, in place of `body`. */
  bodyStream?: Readable;
  /** aws-chunked trailers (checksums), once the body has been read to its end. */
  trailers?: Record<string, string>;
  /** Set by verify-signature for a signed streaming upload: the aws-chunked decoder checks each chunk. */
  chunkSignatures?: ChunkSignatureCheck;

  scope?: CredentialScope;
  service?: ServiceEntry;
  model?: ServiceModel;
  protocol?: Protocol;
  operation?: Operation;
  accountId: string;
  region: string;
  caller?: Caller;

  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: AwsError;
  response?: WireResponse;
}

export function describeExchange(exchange: Exchange): string {
  const service = exchange.service?.name ?? '-';
  const operation = exchange.operation?.name ?? (exchange.path.startsWith('/_') ? exchange.path : '-');
  return `${service}.${operation}`;
}
