/**
 * An operation's `http.requestUri` split into path segments and the literal query parts
 * that a request must carry (`/{Bucket}?uploads`, `/{Bucket}?list-type=2`).
 */
export type TemplateSegment =
  | { kind: 'literal'; value: string }
  | { kind: 'label'; name: string; greedy: boolean };

export interface QueryLiteral {
  key: string;
  /** Undefined when the template names the key alone (`?uploads`): any value matches. */
  value?: string;
}

export interface UriTemplate {
  segments: TemplateSegment[];
  query: QueryLiteral[];
}

const cache = new Map<string, UriTemplate>();

export function parseUriTemplate(requestUri: string): UriTemplate {
  const cached = cache.get(requestUri);
  if (cached) return cached;
  const queryAt = requestUri.indexOf('?');
  const pathPart = queryAt === -1 ? requestUri : requestUri.slice(0, queryAt);
  const queryPart = queryAt === -1 ? '' : requestUri.slice(queryAt + 1);
  const segments = splitPath(pathPart).map((raw): TemplateSegment => {
    const label = /^\{([^}]+?)(\+)?\}$/.exec(raw);
    if (label) return { kind: 'label', name: label[1]!, greedy: label[2] === '+' };
    return { kind: 'literal', value: safeDecode(raw) };
  });
  const query: QueryLiteral[] = [];
  for (const part of queryPart.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq === -1) query.push({ key: safeDecode(part) });
    else query.push({ key: safeDecode(part.slice(0, eq)), value: safeDecode(part.slice(eq + 1)) });
  }
  const template = { segments, query };
  cache.set(requestUri, template);
  return template;
}

/** Path segments without the leading slash; a trailing slash gives a trailing empty segment. */
export function splitPath(path: string): string[] {
  const trimmed = path.startsWith('/') ? path.slice(1) : path;
  return trimmed === '' ? [] : trimmed.split('/');
}

/** Percent-decodes; a malformed escape is kept as sent rather than failing the match. */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Matches a raw (still percent-encoded) request path against the template's segments and
 * returns the decoded labels, or undefined. A greedy label takes one or more segments and
 * keeps their slashes; a trailing slash is ignored unless the template ends in a greedy
 * label (an S3 key may end in "/").
 */
export function matchUriPath(template: UriTemplate, rawPath: string): Record<string, string> | undefined {
  const segs = template.segments;
  const endsGreedy = segs.length > 0 && segs[segs.length - 1]!.kind === 'label' && (segs[segs.length - 1] as { greedy: boolean }).greedy;
  let parts = splitPath(rawPath);
  let tpl = segs;
  if (!endsGreedy) {
    if (parts.length > 0 && parts[parts.length - 1] === '') parts = parts.slice(0, -1);
    if (tpl.length > 0 && tpl[tpl.length - 1]!.kind === 'literal' && (tpl[tpl.length - 1] as { value: string }).value === '') tpl = tpl.slice(0, -1);
  }
  const labels: Record<string, string> = {};
  return matchFrom(tpl, 0, parts, 0, labels) ? labels : undefined;
}

function matchFrom(tpl: TemplateSegment[], ti: number, parts: string[], pi: number, labels: Record<string, string>): boolean {
  if (ti === tpl.length) return pi === parts.length;
  if (pi >= parts.length) return false;
  const seg = tpl[ti]!;
  if (seg.kind === 'literal') {
    return safeDecode(parts[pi]!) === seg.value && matchFrom(tpl, ti + 1, parts, pi + 1, labels);
  }
  if (!seg.greedy) {
    if (parts[pi] === '') return false;
    labels[seg.name] = safeDecode(parts[pi]!);
    if (matchFrom(tpl, ti + 1, parts, pi + 1, labels)) return true;
    delete labels[seg.name];
    return false;
  }
  // Greedy: try the longest run first, leaving enough segments for the rest of the template.
  for (let end = parts.length; end > pi; end--) {
    const taken = parts.slice(pi, end).map(safeDecode).join('/');
    if (taken === '') continue;
    labels[seg.name] = taken;
    if (matchFrom(tpl, ti + 1, parts, end, labels)) return true;
  }
  delete labels[seg.name];
  return false;
}
