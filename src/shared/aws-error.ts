/**
 * An error as AWS returns it. Operations throw these (usually through the service's
 * errors.ts); the protocol layer serializes code, message, status and any modeled fields.
 */
export interface AwsErrorOptions {
  /** HTTP status; 400 unless said otherwise. */
  status?: number;
  /** Whether the caller is at fault (query protocols' `<Type>Sender</Type>`); defaults from status. */
  senderFault?: boolean;
  /** The awsQuery-era code of a query-compatible service (`AWS.SimpleQueueService.NonExistentQueue`). */
  queryCode?: string;
  /** Further members of the modeled error shape (`CancellationReasons`, `BucketName`, ...). */
  fields?: Record<string, unknown>;
  /** Extra response headers (`Retry-After`, `x-amz-bucket-region`, ...). */
  headers?: Record<string, string>;
}

export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly senderFault: boolean;
  readonly queryCode?: string;
  readonly fields: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(code: string, message: string, options: AwsErrorOptions = {}) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = options.status ?? 400;
    this.senderFault = options.senderFault ?? this.status < 500;
    this.queryCode = options.queryCode;
    this.fields = options.fields ?? {};
    this.headers = options.headers ?? {};
  }
}

export function isAwsError(value: unknown): value is AwsError {
  return value instanceof AwsError;
}
