import type { Readable } from 'node:stream';
import type { Clock, Scheduler } from '../engine/types.js';
import type { InternalClient } from '../internal-client/types.js';
import type { ScopedTable, Store, TableDefinition } from '../store/types.js';

/** Who made the request, as far as Kumo can tell from its credentials. */
export interface Caller {
  accessKeyId: string;
  /** The account the credentials belong to. */
  accountId: string;
  /** The principal's ARN (`arn:aws:iam::123456789012:root` for root credentials). */
  arn: string;
  /** The principal's unique id (the account id for root). */
  userId: string;
}

/**
 * A signature over something the client signed instead of the request (an S3 POST form signs
 * its base64 policy): SigV4 (`credential` is the `AKID/date/region/service/aws4_request`
 * scope, the signature hex) or SigV2 (HMAC-SHA1, base64).
 */
export type PayloadSignature =
  | { version: 4; accessKeyId: string; credential: string; stringToSign: string; signature: string; securityToken?: string }
  | { version: 2; accessKeyId: string; stringToSign: string; signature: string; securityToken?: string };

/** What an operation gets beside its input. It never sees HTTP. */
export interface OperationContext {
  readonly service: string;
  readonly operation: string;
  readonly accountId: string;
  readonly region: string;
  readonly requestId: string;
  readonly caller: Caller;
  readonly clock: Clock;
  /** Calls to other services, scoped and validated like external ones. */
  readonly aws: InternalClient;
  /** This request's view of a table: rows of its account (and region, for regional tables). */
  table<T>(definition: TableDefinition<T>): ScopedTable<T>;
  readonly store: Store;
  /** Base URL clients used to reach Kumo (`http://127.0.0.1:4566`), for URLs in responses. */
  readonly endpoint: string;
  readonly sourceIp: string;
  /**
   * The aws-chunked trailers of a streamed request body (S3's `x-amz-checksum-crc32`, ...),
   * lower-cased; empty until the input's streaming member has been read to its end.
   */
  requestTrailers?(): Readonly<Record<string, string>>;
  /**
   * For requests whose proof of identity is in the payload (S3 POST forms): checks the
   * signature as the chain checks request signatures (KUMO_ENFORCE_SIGV4), then authorizes
   * `operation` on `input` as the signer (KUMO_ENFORCE_IAM); throws the chain's AwsErrors.
   * Returns the signer as a Caller.
   */
  authorizeSigner?(proof: PayloadSignature, operation: string, input: Record<string, unknown>): Caller;
}

/** An operation: decoded input in, output shape out (or a thrown AwsError). */
export type OperationHandler<I, O> = (input: I, ctx: OperationContext) => O | Promise<O>;

/** What a service's lifecycle may use; everything it starts must stop in `stop`. */
export interface ServiceRuntime {
  readonly store: Store;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly aws: InternalClient;
}

export interface ServiceLifecycle {
  start?(runtime: ServiceRuntime): void | Promise<void>;
  /**
   * Gets the same runtime its start got: several Kumos can run in one process (embedded in
   * tests), so a service keeps per-instance state keyed by `runtime.store`, not in globals.
   */
  stop?(runtime: ServiceRuntime): void | Promise<void>;
}

/** A request to one of a service's own endpoints under /_kumo/ (recorded deliveries, certificates). */
export interface InternalRouteRequest {
  readonly method: string;
  readonly query: URLSearchParams;
  readonly body: Buffer;
  readonly runtime: ServiceRuntime;
  // The members below are set for requests a service claimed with `claimRequest`.
  /** Percent-encoded path and raw query string. */
  readonly path?: string;
  readonly rawQuery?: string;
  /** Lower-cased header names. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly hostname?: string;
  readonly sourceIp?: string;
  /** Checks the request's SigV4 signature as the chain does (a no-op unless KUMO_ENFORCE_SIGV4=1); throws an AwsError. */
  verifySignature?(): Promise<void>;
}

export interface InternalRouteResponse {
  status: number;
  contentType: string;
  /** A Readable streams (set `content-length` in `headers` then). */
  body: string | Buffer | Readable;
  /** More response headers (lower-case names; a list repeats the header, as Set-Cookie needs). */
  headers?: Record<string, string | string[]>;
}

export type InternalRoute = (request: InternalRouteRequest) => InternalRouteResponse | Promise<InternalRouteResponse>;

export interface ServiceDefinition {
  /** Kumo's name for the service: the SDK v3 package suffix (`sqs`, `cloudwatch-logs`). */
  readonly name: string;
  // Handlers take their own input types; the map erases them, as dispatch checks shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly operations: Readonly<Record<string, OperationHandler<any, unknown>>>;
  readonly lifecycle?: ServiceLifecycle;
  /** Kumo-only endpoints by exact path (`/_kumo/sns/messages`), served before AWS routing. */
  readonly internalRoutes?: Readonly<Record<string, InternalRoute>>;
  /**
   * Claims a request by host or path before AWS routing (Lambda function URLs): returns the
   * route that serves it, or undefined to leave it to AWS routing.
   */
  readonly claimRequest?: (request: { method: string; path: string; hostname: string }) => InternalRoute | undefined;
}

export function defineService(definition: ServiceDefinition): ServiceDefinition {
  return definition;
}
