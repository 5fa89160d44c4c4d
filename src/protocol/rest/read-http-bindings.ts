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
  return readShapeBindings(op.input, {
    labels,
    query: parseQueryString(req.rawQuery),
    headers: req.headers,
    reservedQueryKeys: reservedQueryKeysOf(op.http.requestUri),
  });
}

const reservedQueryKeysCache = new Map<string, ReadonlySet<string>>();

/** The query keys a request URI template fixes, once per template. */
function reservedQueryKeysOf(requestUri: string): ReadonlySet<string> {
  let keys = reservedQueryKeysCache.get(requestUri);
  if (!keys) reservedQueryKeysCache.set(requestUri, (keys = new Set(parseUriTemplate(requestUri).query.map((q) => q.key))));
  return keys;
}

interface BoundMember {
  name: string;
  member: Shape;
  /** The wire name; lower-cased for header members (request headers arrive lower-cased). */
  key: string;
  headerKey: string;
}

interface ShapeBindings {
  /** Members bound to the URI, query string, headers or status: body members are skipped. */
  bound: BoundMember[];
  /** Query keys that named (non-map) query members claim. */
  namedQueryKeys: ReadonlySet<string>;
}

const shapeBindingsCache = new WeakMap<Shape, ShapeBindings>();

/** What `readShapeBindings` needs of a shape, computed once: it runs on every REST request. */
function shapeBindings(shape: Shape): ShapeBindings {
  let bindings = shapeBindingsCache.get(shape);
  if (!bindings) {
    const bound: BoundMember[] = [];
    const namedQueryKeys = new Set<string>();
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      if (member.location === undefined) continue;
      const key = wireName(name, member);
      if (member.location === 'querystring' && member.type !== 'map') namedQueryKeys.add(key);
      bound.push({ name, member, key, headerKey: key.toLowerCase() });
    }
    shapeBindingsCache.set(shape, (bindings = { bound, namedQueryKeys }));
  }
  return bindings;
}

/** `readHttpBindings` for any structure shape and source. */
export function readShapeBindings(shape: Shape, source: BindingSource): WireStructure {
  const out: WireStructure = {};
  const { bound, namedQueryKeys } = shapeBindings(shape);
  for (const { name, member, key, headerKey } of bound) {
    switch (member.location) {
      case 'uri': {
        const raw = source.labels[key];
        if (raw !== undefined) out[name] = parseBoundScalar(member, raw, 'uri', key);
        break;
      }
      case 'querystring': {
        const value = member.type === 'map' ? readQueryMap(member, source.query, claimedQueryKeys(namedQueryKeys, source.reservedQueryKeys)) : readQueryMember(member, key, source.query);
        if (value !== undefined) out[name] = value;
        break;
      }
      case 'header': {
        const raw = source.headers[headerKey];
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
        const prefix = headerKey;
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

/** Query keys a map-typed member must leave alone: named members' and the URI template's. */
function claimedQueryKeys(named: ReadonlySet<string>, reserved: ReadonlySet<string> | undefined): ReadonlySet<string> {
  return reserved && reserved.size > 0 ? new Set([...named, ...reserved]) : named;
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

