/**
 * Service-specific condition keys (`s3:x-amz-acl`, `s3:ExistingObjectTag/<key>`, ...): a
 * service registers a provider from its index.ts, and the authorize step adds what it returns
 * to the request context. Like resource-policies.ts, a registry keyed by service name.
 */
export interface ConditionKeyRequest {
  /** The store the provider's service uses; typed loosely so this layer stays independent. */
  store: unknown;
  operation: string;
  input: Record<string, unknown>;
}

export type ConditionKeyProvider = (request: ConditionKeyRequest) => Record<string, string[]>;

const providers = new Map<string, ConditionKeyProvider>();

export function registerConditionKeyProvider(service: string, provider: ConditionKeyProvider): void {
  providers.set(service, provider);
}

export function conditionKeyProvider(service: string): ConditionKeyProvider | undefined {
  return providers.get(service);
}
