import { invalidParameter } from '../errors.js';

/** Whether one log message matches a filter pattern. */
export type MessageMatcher = (message: string) => boolean;

/**
 * Compiles CloudWatch Logs' filter pattern syntax: terms (all must appear), `"quoted phrases"`,
 * `?term` alternatives, `-term` exclusions, `%regex%`, JSON patterns (`{ $.level = "ERROR" &&
 * $.latency > 100 }`) and space-delimited patterns (`[ip, user, ..., status = 5*, bytes]`).
 * Matching is case-sensitive, as on AWS.
 */
export function compileFilterPattern(pattern: string | undefined): MessageMatcher {
  const text = (pattern ?? '').trim();
  if (text === '' || text === '""') return () => true;
  if (text.startsWith('{')) return compileJsonPattern(text);
  if (text.startsWith('[')) return compileSpaceDelimited(text);
  return compileTerms(text);
}

function invalidPattern(): Error {
  return invalidParameter('Invalid character(s) in term');
}

function compileTerms(text: string): MessageMatcher {
  const required: MessageMatcher[] = [];
  const optional: MessageMatcher[] = [];
  const excluded: MessageMatcher[] = [];
  const tokens = text.match(/[?-]?"(?:[^"\\]|\\.)*"|[?-]?%[^%]*%|\S+/g) ?? [];
  for (let token of tokens) {
    let bucket = required;
    if (token.startsWith('?')) (bucket = optional), (token = token.slice(1));
    else if (token.startsWith('-') && token.length > 1) (bucket = excluded), (token = token.slice(1));
    if (token.startsWith('"')) {
      const phrase = JSON.parse(token) as string;
      bucket.push((m) => m.includes(phrase));
    } else if (token.length > 1 && token.startsWith('%') && token.endsWith('%')) {
      const regex = new RegExp(token.slice(1, -1));
      bucket.push((m) => regex.test(m));
    } else {
      if (/["{}[\]]/.test(token)) throw invalidPattern();
      bucket.push((m) => m.includes(token));
    }
  }
  return (m) =>
    required.every((f) => f(m)) && (optional.length === 0 || optional.some((f) => f(m))) && !excluded.some((f) => f(m));
}

// ---- JSON patterns -------------------------------------------------------------------------

type Token = { kind: 'op' | 'str' | 'word' | 'sel'; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(&&|\|\||!=|<=|>=|=|<|>|\(|\))|("(?:[^"\\]|\\.)*")|(\$[^\s=!<>()&|]*)|([^\s=!<>()&|]+))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    re.lastIndex = index;
    const m = re.exec(text);
    if (!m) throw invalidPattern();
    index = re.lastIndex;
    if (m[1]) tokens.push({ kind: 'op', text: m[1] });
    else if (m[2]) tokens.push({ kind: 'str', text: JSON.parse(m[2]) as string });
    else if (m[3]) tokens.push({ kind: 'sel', text: m[3] });
    else tokens.push({ kind: 'word', text: m[4]! });
  }
  return tokens;
}

type JsonTest = (doc: unknown) => boolean;

function compileJsonPattern(text: string): MessageMatcher {
  if (!text.endsWith('}')) throw invalidPattern();
  const tokens = tokenize(text.slice(1, -1));
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const t = tokens[i++];
    if (!t) throw invalidPattern();
    return t;
  };
  const parseOr = (): JsonTest => {
    const parts = [parseAnd()];
    while (peek()?.text === '||') (i++, parts.push(parseAnd()));
    return (d) => parts.some((p) => p(d));
  };
  const parseAnd = (): JsonTest => {
    const parts = [parseUnary()];
    while (peek()?.text === '&&') (i++, parts.push(parseUnary()));
    return (d) => parts.every((p) => p(d));
  };
  const parseUnary = (): JsonTest => {
    const t = next();
    if (t.kind === 'op' && t.text === '(') {
      const inner = parseOr();
      if (next().text !== ')') throw invalidPattern();
      return inner;
    }
    if (t.kind !== 'sel') throw invalidPattern();
    const select = compileSelector(t.text);
    const op = next();
    if (op.kind === 'word') {
      const word = op.text.toUpperCase();
      if (word === 'IS') {
        const what = next().text.toUpperCase();
        if (what === 'NULL') return (d) => select(d) === null;
        if (what === 'TRUE' || what === 'FALSE') return (d) => select(d) === (what === 'TRUE');
        throw invalidPattern();
      }
      if (word === 'NOT' && next().text.toUpperCase() === 'EXISTS') return (d) => select(d) === undefined;
      if (word === 'EXISTS') return (d) => select(d) !== undefined;
      throw invalidPattern();
    }
    if (op.kind !== 'op') throw invalidPattern();
    const value = next();
    return compileComparison(select, op.text, value);
  };
  const test = parseOr();
  if (i !== tokens.length) throw invalidPattern();
  return (message) => {
    let doc: unknown;
    try {
      doc = JSON.parse(message);
    } catch {
      return false;
    }
    return typeof doc === 'object' && doc !== null && test(doc);
  };
}

function compileSelector(selector: string): (doc: unknown) => unknown {
  const steps: Array<string | number> = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/y;
  let index = 1;
  while (index < selector.length) {
    re.lastIndex = index;
    const m = re.exec(selector);
    if (!m) throw invalidPattern();
    steps.push(m[1] !== undefined ? m[1] : Number(m[2]));
    index = re.lastIndex;
  }
  return (doc) => {
    let value = doc;
    for (const step of steps) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string | number, unknown>)[step];
    }
    return value;
  };
}

function compileComparison(select: (doc: unknown) => unknown, op: string, value: Token): JsonTest {
  const compare = comparator(op, value);
  return (d) => compare(select(d));
}

/** A field test: numbers compare numerically; strings with `=`/`!=` and `*` wildcards. */
function comparator(op: string, value: Token): (field: unknown) => boolean {
  const numeric = value.kind === 'word' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value.text);
  if (numeric) {
    const n = Number(value.text);
    const test = { '=': (x: number) => x === n, '!=': (x: number) => x !== n, '<': (x: number) => x < n, '>': (x: number) => x > n, '<=': (x: number) => x <= n, '>=': (x: number) => x >= n }[op];
    if (!test) throw invalidPattern();
    return (field) => {
      const x = typeof field === 'number' ? field : typeof field === 'string' && field.trim() !== '' ? Number(field) : NaN;
      return !Number.isNaN(x) && test(x);
    };
  }
  if (op !== '=' && op !== '!=') throw invalidPattern();
  const glob = new RegExp('^' + value.text.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$', 's');
  return (field) => {
    if (field === undefined || field === null || typeof field === 'object') return false;
    const matched = glob.test(String(field));
    return op === '=' ? matched : !matched;
  };
}

// ---- space-delimited patterns -------------------------------------------------------------

function compileSpaceDelimited(text: string): MessageMatcher {
  if (!text.endsWith(']')) throw invalidPattern();
  const fields = text.slice(1, -1).split(',').map((f) => f.trim());
  const specs = fields.map((field) => {
    if (field === '...') return { ellipsis: true as const };
    const m = /^([A-Za-z_][\w]*)?\s*(?:(!=|<=|>=|=|<|>)\s*(.+))?$/.exec(field);
    if (!m) throw invalidPattern();
    if (!m[2]) return { ellipsis: false as const };
    const raw = m[3]!.trim();
    const token: Token = raw.startsWith('"') ? { kind: 'str', text: JSON.parse(raw) as string } : { kind: 'word', text: raw };
    return { ellipsis: false as const, test: comparator(m[2], token) };
  });
  return (message) => {
    const values = splitFields(message);
    return matchFields(specs, 0, values, 0);
  };
}

type FieldSpec = { ellipsis: true } | { ellipsis: false; test?: (field: unknown) => boolean };

function matchFields(specs: FieldSpec[], s: number, values: string[], v: number): boolean {
  if (s === specs.length) return v === values.length;
  const spec = specs[s]!;
  if (spec.ellipsis) {
    for (let skip = v; skip <= values.length; skip++) if (matchFields(specs, s + 1, values, skip)) return true;
    return false;
  }
  if (v >= values.length) return false;
  if (spec.test && !spec.test(values[v])) return false;
  return matchFields(specs, s + 1, values, v + 1);
}

/** Splits on spaces, keeping "quoted" and [bracketed] runs whole (without their delimiters). */
function splitFields(message: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|\[([^\]]*)\]|(\S+)/g;
  for (const m of message.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}
