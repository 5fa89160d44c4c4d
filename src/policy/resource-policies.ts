/**
 * Where the authorize step finds a resource's own policy (bucket policy, queue policy, key
 * policy, ...). Services that keep resource policies register a provider from their
 * index.ts; this registry is the one piece of state in src/policy.
 */
export interface ResourcePolicyRequest {
  /** The store the provider's service uses; typed loosely so this layer stays independent. */
  store: unknown;
  accountId: string;
  region: string;
  resourceArn: string;
  operation: string;
  input: Record<string, unknown>;
}

export interface ResourcePolicyAnswer {
  /** The policy document text. */
  policy: string;
  /** The account that owns the resource (cross-account access needs both sides to allow). */
  accountId: string;
}

export type ResourcePolicyProvider = (request: ResourcePolicyRequest) => ResourcePolicyAnswer | undefined;

const providers = new Map<string, ResourcePolicyProvider>();

export function registerResourcePolicyProvider(service: string, provider: ResourcePolicyProvider): void {
  providers.set(service, provider);
}

export function resourcePolicyProvider(service: string): ResourcePolicyProvider | undefined {
  return providers.get(service);
}
