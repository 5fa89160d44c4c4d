import type { ModelCatalog, ServiceEntry } from '../model/index.js';
import type { CredentialScope } from './credential-scope.js';

/** What service resolution looks at; all of it is known before the body is read. */
export interface RoutingFacts {
  method: string;
  path: string;
  rawQuery: string;
  headers: Readonly<Record<string, string>>;
  hostname: string;
  scope?: CredentialScope;
}

/** A path or host rule a service registers for requests that carry no other sign of it. */
export interface RoutingRule {
  service: string;
  matches(facts: RoutingFacts): boolean;
  /**
   * A wire rewrite for every request resolved to this service, however it was resolved, run
   * before the operation is matched (S3 virtual hosts move the bucket into the path). It
   * returns the new percent-encoded path, or undefined to keep it; it may throw an AwsError
   * (S3's expired presigned URLs). `now` is Kumo's clock, in epoch ms.
   */
  rewriteRequest?(facts: RoutingFacts, now: number): string | undefined;
  /**
   * CORS of the service's own resources (S3 buckets): a browser's preflight answer, or the
   * Access-Control-* headers of an actual request from an `Origin`. Undefined leaves the
   * request to Kumo's generic CORS. `store` is the runtime's store, typed loosely so the
   * router stays independent of it.
   */
  cors?(facts: RoutingFacts, store: unknown, preflight: boolean): CorsAnswer | undefined;
}

/** A service's CORS answer: a preflight's whole response, or an actual response's headers (none: not allowed). */
export interface CorsAnswer {
  preflight?: { status: number; headers: Record<string, string>; body?: string };
  headers?: Record<string, string>;
}

export interface ServiceResolution {
  entry: ServiceEntry;
  /** How it was found, for debugging and the request log. */
  by: 'signing-name' | 'target' | 'cbor-path' | 'path-rule' | 'host' | 'action';
}

const CBOR_PATH = /^\/service\/([^/]+)\/operation\/([^/]+)$/;

/**
 * Finds the service a request is for, in the order the core issue sets: the SigV4 signing
 * name, X-Amz-Target, the rpc-v2-cbor path, services' path rules, the Host header. The last
 * resort, `Action=` in a form body, needs the body: see `resolveByAction`.
 */
export class ServiceResolver {
  private readonly bySigningName = new Map<string, ServiceEntry[]>();
  private readonly byTargetPrefix = new Map<string, ServiceEntry>();
  private readonly byEndpointPrefix = new Map<string, ServiceEntry>();
  private readonly byServiceIdWord = new Map<string, ServiceEntry>();

  constructor(
    private readonly catalog: ModelCatalog,
    private readonly rules: readonly RoutingRule[] = [],
    private readonly implemented: ReadonlySet<string> = new Set(),
  ) {
    for (const entry of catalog.entries) {
      push(this.bySigningName, entry.signingName, entry);
      if (entry.targetPrefix) this.byTargetPrefix.set(entry.targetPrefix, entry);
      if (!this.byEndpointPrefix.has(entry.endpointPrefix)) this.byEndpointPrefix.set(entry.endpointPrefix, entry);
      this.byServiceIdWord.set(entry.serviceId.replace(/\s+/g, '').toLowerCase(), entry);
    }
  }

  resolve(facts: RoutingFacts): ServiceResolution | undefined {
    const target = facts.headers['x-amz-target'];
    const targetEntry = target ? this.byTargetPrefix.get(target.slice(0, target.lastIndexOf('.'))) : undefined;
    const cbor = CBOR_PATH.exec(facts.path);

    if (facts.scope?.service) {
      const candidates = this.bySigningName.get(facts.scope.service);
      if (candidates?.length) {
        const entry = this.narrow(candidates, facts, targetEntry);
        if (entry) return { entry, by: 'signing-name' };
      }
    }
    if (targetEntry) return { entry: targetEntry, by: 'target' };
    if (cbor) {
      // The path names the Smithy service shape (CloudWatch's is GraniteServiceVersion20100801,
      // its JSON target prefix too); fall back to the service id without spaces.
      const name = decodeURIComponent(cbor[1]!);
      const entry = this.byTargetPrefix.get(name) ?? this.byServiceIdWord.get(name.toLowerCase());
      if (entry) return { entry, by: 'cbor-path' };
    }
    for (const rule of this.rules) {
      if (rule.matches(facts)) {
        const entry = this.catalog.entry(rule.service);
        if (entry) return { entry, by: 'path-rule' };
      }
    }
    const hostEntry = this.byHost(facts.hostname);
    if (hostEntry) return { entry: hostEntry, by: 'host' };
    return undefined;
  }

  /** `Action=X&Version=2012-11-05`: the service whose query-protocol model has that version. */
  resolveByAction(action: string, version: string | undefined): ServiceResolution | undefined {
    const candidates = this.catalog.entries.filter(
      (e) => e.protocols.some((p) => p === 'query' || p === 'ec2') && (!version || e.apiVersion === version),
    );
    const preferred = candidates.filter((e) => this.implemented.has(e.name));
    for (const entry of [...preferred, ...candidates]) {
      if (this.catalog.model(entry.name).operations[action]) return { entry, by: 'action' };
    }
    return undefined;
  }

  /** One signing name can cover several services (dynamodb and its streams, s3 and s3-control). */
  private narrow(candidates: ServiceEntry[], facts: RoutingFacts, targetEntry: ServiceEntry | undefined): ServiceEntry | undefined {
    if (candidates.length === 1) return candidates[0];
    if (targetEntry && candidates.includes(targetEntry)) return targetEntry;
    const firstSegment = facts.path.split('/')[1] ?? '';
    const byPath = candidates.filter((c) => c.pathPrefixes?.includes(firstSegment));
    if (byPath.length === 1) return byPath[0];
    const hostEntry = this.byHost(facts.hostname);
    if (hostEntry && candidates.includes(hostEntry)) return hostEntry;
    const sameName = candidates.find((c) => c.endpointPrefix === facts.scope?.service);
    return sameName ?? candidates.find((c) => this.implemented.has(c.name)) ?? candidates[0];
  }

  /** `sqs.us-east-1.amazonaws.com`, `monitoring.localhost.localstack.cloud`, `sts.localhost`. */
  private byHost(hostname: string): ServiceEntry | undefined {
    if (!hostname || /^[\d.]+$/.test(hostname) || hostname === 'localhost') return undefined;
    const labels = hostname.split('.');
    for (let i = 0; i < Math.min(labels.length - 1, 3); i++) {
      const entry = this.byEndpointPrefix.get(labels[i]!);
      if (entry) return entry;
    }
    return undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
