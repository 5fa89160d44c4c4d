import type { RawModel } from './compile-model.js';
import type { ProtocolName } from './shape.js';

/** What routing needs to know of a service before its model is parsed. */
export interface ServiceEntry {
  /** Kumo's name: the SDK v3 package suffix (`cloudwatch-logs`, `secrets-manager`). */
  name: string;
  /** The model file in aws-sdk's apis/ folder. */
  file: string;
  serviceId: string;
  apiVersion: string;
  endpointPrefix: string;
  signingName: string;
  protocols: ProtocolName[];
  targetPrefix?: string;
  /** The first literal path segments of the service's REST operations (`2015-03-31`). */
  pathPrefixes?: string[];
}

/** The SDK v3 package suffix for a serviceId: "CloudWatch Logs" -> "cloudwatch-logs". */
export function serviceNameOf(serviceId: string): string {
  return serviceId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function toServiceEntry(file: string, raw: RawModel): ServiceEntry {
  const m = raw.metadata as Record<string, unknown>;
  const protocols = ((m.protocols as ProtocolName[] | undefined) ?? [m.protocol as ProtocolName]).slice();
  const entry: ServiceEntry = {
    name: serviceNameOf(String(m.serviceId ?? m.endpointPrefix)),
    file,
    serviceId: String(m.serviceId),
    apiVersion: String(m.apiVersion),
    endpointPrefix: String(m.endpointPrefix),
    signingName: String(m.signingName ?? m.endpointPrefix),
    protocols,
  };
  if (typeof m.targetPrefix === 'string') entry.targetPrefix = m.targetPrefix;
  if (protocols.some((p) => p.startsWith('rest-'))) {
    const prefixes = new Set<string>();
    for (const op of Object.values(raw.operations ?? {})) {
      const first = (op.http?.requestUri ?? '/').split(/[/?]/)[1] ?? '';
      if (first && !first.startsWith('{')) prefixes.add(first);
    }
    entry.pathPrefixes = [...prefixes].sort();
  }
  return entry;
}
