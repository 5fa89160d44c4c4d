/**
 * One request as policy evaluation sees it: who, what, on which resource, and the condition
 * keys (global `aws:*` keys and service keys), each with one or more string values.
 */
export interface RequestPrincipal {
  /** `arn:aws:iam::123456789012:user/alice`, `arn:aws:sts::123456789012:assumed-role/r/s`, ... */
  arn: string;
  accountId: string;
  /** For an assumed-role session, the role's own ARN: resource policies may name either. */
  roleArn?: string;
  /** `Service` principals (`lambda.amazonaws.com`) and `Federated` ones (an OIDC provider ARN). */
  service?: string;
  federated?: string;
  /** True for requests without credentials (matched only by `"*"`). */
  anonymous?: boolean;
}

export interface RequestContext {
  principal: RequestPrincipal;
  action: string;
  resource: string;
  keys: Record<string, string[]>;
}
