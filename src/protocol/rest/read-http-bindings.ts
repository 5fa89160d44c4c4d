import { setKey } from '../set-key.js';
import type { Operation, Shape } from '../../model/index.js';
import type { WireRequest, WireStructure } from '../types.js';
import { boundTimestampFormat, parseBoundScalar } from './binding-values.js';
import { splitHeaderList } from './header-list.js';
import { wireName } from './http-members.js';
import { parseQueryString, type QueryParam } from './query-string.js';
import { parseUriTemplate } from './uri-template.js';

/** Where bound members are read from: a request, or (for a client-side reader) a response. */
export interface BindingSource {
  /** Decoded path labels by name, from `matchRestOperation`. */
  labels: Readonly<Record<string, string>>;
  query: readonly QueryParam[];
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string>>;
  status?: number;
  /** Query keys the request URI template fixes (`?uploads`), kept out of a map-typed member. */
  reservedQueryKeys?: ReadonlySet<string>;
}

/**
 * Reads the input members bound to the URI, query string and headers of a request. Body
 * members are left to the protocol. Throws AwsError (SerializationException) for a value
 * that does not fit its shape.
 */
export function readHttpBindings(req: WireRequest, op: Operation, labels: Readonly<Record<string, string>>): WireStructure {
  const template = parseUriTemplate(op.http.requestUri);
  return readShapeBindings(op.input, {
    labels,
    query: parseQueryString(req.rawQuery),
    headers: req.headers,
    reservedQueryKeys: new Set(template.query.map((q) => q.key)),
  });
}

/** `readHttpBindings` for any structure shape and source. */
export function readShapeBindings(shape: Shape, source: BindingSource): WireStructure {
  const out: WireStructure = {};
  const members = shape.members ?? {};
  const namedQueryKeys = new Set<string>(source.reservedQueryKeys ?? []);
  for (const [name, member] of Object.entries(members)) {
    if (member.location === 'querystring' && member.type !== 'map') namedQueryKeys.add(wireName(name, member));
  }
  for (const [name, member] of Object.entries(members)) {
    const key = wireName(name, member);
    switch (member.location) {
      case 'uri': {
        const raw = source.labels[key];
        if (raw !== undefined) out[name] = parseBoundScalar(member, raw, 'uri', key);
        break;
      }
      case 'querystring': {
        const value = member.type === 'map' ? readQueryMap(member, source.query, namedQueryKeys) : readQueryMember(member, key, source.query);
        if (value !== undefined) out[name] = value;
        break;
      }
      case 'header': {
        const raw = source.headers[key.toLowerCase()];
        if (raw === undefined) break;
        if (member.type === 'list') {
          const item = member.member!;
          const httpDates = item.type === 'timestamp' && boundTimestampFormat(item, 'header') === 'rfc822';
          out[name] = splitHeaderList(raw, httpDates).map((text) => parseBoundScalar(item, text, 'header', key));
        } else if (raw !== '' || member.type === 'string') {
          out[name] = parseBoundScalar(member, raw, 'header', key);
        }
        break;
      }
      case 'headers': {
        const prefix = key.toLowerCase();
        const map: Record<string, unknown> = {};
        let any = false;
        for (const [header, raw] of Object.entries(source.headers)) {
          if (!header.startsWith(prefix)) continue;
          setKey(map, header.slice(prefix.length), member.value ? parseBoundScalar(member.value, raw, 'header', header) : raw);
          any = true;
        }
        if (any) out[name] = map;
        break;
      }
      case 'statusCode':
        if (source.status !== undefined) out[name] = source.status;
        break;
      default:
        break;
    }
  }
  return out;
}

function readQueryMember(member: Shape, key: string, query: readonly QueryParam[]): unknown {
  const matches = query.filter((p) => p.key === key);
  if (matches.length === 0) return undefined;
  if (member.type === 'list') return matches.map((p) => parseBoundScalar(member.member!, p.value, 'querystring', key));
  return parseBoundScalar(member, matches[0]!.value, 'querystring', key);
}

/** A map-typed query member takes every parameter no other member (or the URI) claims. */
function readQueryMap(member: Shape, query: readonly QueryParam[], claimed: ReadonlySet<string>): Record<string, unknown> | undefined {
  const map: Record<string, unknown> = {};
  let any = false;
  const valueShape = member.value;
  for (const p of query) {
    if (claimed.has(p.key)) continue;
    any = true;
    if (valueShape?.type === 'list') {
      const list = (Object.prototype.hasOwnProperty.call(map, p.key) ? map[p.key] : []) as unknown[];
      list.push(parseBoundScalar(valueShape.member!, p.value, 'querystring', p.key));
      setKey(map, p.key, list);
    } else if (!Object.prototype.hasOwnProperty.call(map, p.key)) {
      setKey(map, p.key, valueShape ? parseBoundScalar(valueShape, p.value, 'querystring', p.key) : p.value);
    }
  }
  return any ? map : undefined;
}

