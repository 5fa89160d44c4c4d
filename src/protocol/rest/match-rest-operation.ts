import type { Operation, ServiceModel } from '../../model/index.js';
import type { WireRequest } from '../types.js';
import { wireName } from './http-members.js';
import { parseQueryString, type QueryParam } from './query-string.js';
import { matchUriPath, parseUriTemplate, type UriTemplate } from './uri-template.js';

export interface RestMatch {
  operation: Operation;
  /** Decoded path labels by their template name (`Bucket`, `Key`). */
  labels: Record<string, string>;
}

interface Candidate {
  operation: Operation;
  template: UriTemplate;
  literalSegments: number;
  plainLabels: number;
}

const byModel = new WeakMap<ServiceModel, Map<string, Candidate[]>>();

function candidatesFor(model: ServiceModel, method: string): Candidate[] {
  let table = byModel.get(model);
  if (!table) {
    table = new Map();
    for (const operation of Object.values(model.operations)) {
      const template = parseUriTemplate(operation.http.requestUri);
      const m = operation.http.method.toUpperCase();
      const list = table.get(m) ?? [];
      list.push({
        operation,
        template,
        literalSegments: template.segments.filter((s) => s.kind === 'literal' && s.value !== '').length,
        plainLabels: template.segments.filter((s) => s.kind === 'label' && !s.greedy).length,
      });
      table.set(m, list);
    }
    byModel.set(model, table);
  }
  return table.get(method.toUpperCase()) ?? [];
}

/**
 * Finds the operation a REST request names, from method and path alone (the body is not
 * read). Among the templates that match, the most specific wins:
 *   1. operations whose required query and header members are all present
 *      (S3 `GET /{Bucket}/{Key+}` is ListParts with `uploadId`, GetObject without),
 *   2. more literal path segments, then more literal query parts (`?versioning`),
 *   3. more single-segment labels than greedy ones,
 *   4. more required query/header members present (UploadPartCopy over UploadPart),
 *   5. an operation that is not deprecated.
 */
export function matchRestOperation(req: WireRequest, model: ServiceModel): RestMatch | undefined {
  const query = parseQueryString(req.rawQuery);
  const keys = new Set(query.map((q) => q.key));
  let best: { match: RestMatch; score: number[] } | undefined;
  for (const c of candidatesFor(model, req.method)) {
    if (!queryLiteralsPresent(c.template, query)) continue;
    const labels = matchUriPath(c.template, req.path);
    if (!labels) continue;
    const required = requiredBound(c.operation, keys, req.headers);
    const score = [
      required.missing === 0 ? 1 : 0,
      c.literalSegments,
      c.template.query.length,
      c.plainLabels,
      required.present,
      c.operation.deprecated ? 0 : 1,
    ];
    if (!best || compareScores(score, best.score) > 0) best = { match: { operation: c.operation, labels }, score };
  }
  return best?.match;
}

function queryLiteralsPresent(template: UriTemplate, query: readonly QueryParam[]): boolean {
  return template.query.every((lit) => query.some((p) => p.key === lit.key && (lit.value === undefined || p.value === lit.value)));
}

function requiredBound(op: Operation, queryKeys: ReadonlySet<string>, headers: Readonly<Record<string, string>>): { present: number; missing: number } {
  let present = 0;
  let missing = 0;
  const members = op.input.members ?? {};
  for (const name of op.input.required ?? []) {
    const member = members[name];
    if (!member) continue;
    const key = wireName(name, member);
    let found: boolean;
    if (member.location === 'querystring' && member.type !== 'map') found = queryKeys.has(key);
    else if (member.location === 'header') found = headers[key.toLowerCase()] !== undefined;
    else continue;
    if (found) present++;
    else missing++;
  }
  return { present, missing };
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return 0;
}
