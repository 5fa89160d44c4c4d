/**
 * How one service calls another (SNS -> SQS, S3 -> Lambda): by service and operation name,
 * with the input shape, in a given account and region. The call goes through the same
 * dispatch as an external one, so it is validated and recorded the same way.
 */
export interface InternalCallOptions {
  accountId: string;
  region: string;
}

export interface InternalClient {
  call<O = Record<string, unknown>>(
    service: string,
    operation: string,
    input: Record<string, unknown>,
    options: InternalCallOptions,
  ): Promise<O>;
}
