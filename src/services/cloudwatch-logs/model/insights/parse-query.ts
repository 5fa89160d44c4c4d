/** Logs Insights queries: commands separated by `|`, parsed into a small AST. */
export type Expr =
  | { k: 'field'; name: string }
  | { k: 'lit'; v: string | number | boolean }
  | { k: 'regex'; re: RegExp }
  | { k: 'star' }
  | { k: 'call'; fn: string; args: Expr[] }
  | { k: 'bin'; op: string; l: Expr; r: Expr }
  | { k: 'not'; e: Expr }
  | { k: 'in'; e: Expr; list: Expr[] };

export interface Named {
  expr: Expr;
  /** The alias, or the expression's own text (`count(*)`), as AWS names result columns. */
  name: string;
}

export type Command =
  | { c: 'fields'; items: Named[] }
  | { c: 'display'; names: string[] }
  | { c: 'filter'; expr: Expr }
  | { c: 'stats'; aggs: Named[]; by: Named[] }
  | { c: 'sort'; keys: Array<{ name: string; desc: boolean }> }
  | { c: 'limit'; n: number }
  | { c: 'parse'; field: string; pattern: RegExp; names: string[] };

export class QueryError extends Error {}

interface Token {
  t: 'id' | 'num' | 'str' | 're' | 'op';
  v: string;
  start: number;
  end: number;
}

const OPS = ['!=', '<=', '>=', '=~', '=', '<', '>', '(', ')', ',', '|', '*', '[', ']', '+', '-'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '"' || ch === "'") {
      let value = '';
      i++;
      while (i < text.length && text[i] !== ch) value += text[i] === '\\' ? text[++i] ?? '' : text[i], i++;
      if (i >= text.length) throw new QueryError(`unterminated string at ${start}`);
      tokens.push({ t: 'str', v: value, start, end: ++i });
    } else if (ch === '/') {
      // No arithmetic division: a slash always opens a regex.
      const close = text.indexOf('/', i + 1);
      if (close < 0) throw new QueryError(`unterminated regex at ${start}`);
      i = close + 1;
      const flags = /^[a-z]*/.exec(text.slice(i))![0];
      i += flags.length;
      tokens.push({ t: 're', v: text.slice(start, i), start, end: i });
    } else if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) throw new QueryError(`unterminated field name at ${start}`);
      tokens.push({ t: 'id', v: text.slice(i + 1, close), start, end: (i = close + 1) });
    } else if (/[0-9]/.test(ch)) {
      const m = /^\d+(\.\d+)?[a-z]*/.exec(text.slice(i))!;
      tokens.push({ t: 'num', v: m[0], start, end: (i += m[0].length) });
    } else if (/[A-Za-z_@$]/.test(ch)) {
      const m = /^[A-Za-z_@$][A-Za-z0-9_@$.\-]*/.exec(text.slice(i))!;
      // A trailing '-' belongs to an operator, not the name.
      const v = m[0].replace(/-+$/, '');
      tokens.push({ t: 'id', v, start, end: (i += v.length) });
    } else {
      const op = OPS.find((o) => text.startsWith(o, i));
      if (!op) throw new QueryError(`unexpected character '${ch}' at ${i}`);
      tokens.push({ t: 'op', v: op, start, end: (i += op.length) });
    }
  }
  return tokens;
}

/** Parses a query; throws QueryError with a reason when it is malformed. */
export function parseQuery(text: string): Command[] {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.t === 'op' && peek()!.v === v;
  const isWord = (w: string) => peek()?.t === 'id' && peek()!.v.toLowerCase() === w;
  const take = () => {
    const token = tokens[pos++];
    if (!token) throw new QueryError('unexpected end of query');
    return token;
  };
  const expectOp = (v: string) => {
    const token = take();
    if (token.t !== 'op' || token.v !== v) throw new QueryError(`expected '${v}' at ${token.start}`);
  };
  const ident = () => {
    const token = take();
    if (token.t !== 'id') throw new QueryError(`expected a field name at ${token.start}`);
    return token.v;
  };
  const source = (from: number) => text.slice(tokens[from]!.start, tokens[pos - 1]!.end);

  const primary = (): Expr => {
    const token = take();
    if (token.t === 'num') return { k: 'lit', v: durationOrNumber(token.v) };
    if (token.t === 'str') return { k: 'lit', v: token.v };
    if (token.t === 're') return { k: 'regex', re: toRegex(token.v) };
    if (token.t === 'op' && token.v === '(') {
      const inner = orExpr();
      expectOp(')');
      return inner;
    }
    if (token.t === 'op' && token.v === '*') return { k: 'star' };
    if (token.t === 'op' && token.v === '-' && peek()?.t === 'num') return { k: 'lit', v: -Number(take().v) };
    if (token.t !== 'id') throw new QueryError(`unexpected '${token.v}' at ${token.start}`);
    if (/^(true|false)$/i.test(token.v)) return { k: 'lit', v: token.v.toLowerCase() === 'true' };
    if (isOp('(')) {
      take();
      const args: Expr[] = [];
      while (!isOp(')')) {
        args.push(orExpr());
        if (isOp(',')) take();
      }
      take();
      return { k: 'call', fn: token.v.toLowerCase(), args };
    }
    return { k: 'field', name: token.v };
  };
  const comparison = (): Expr => {
    const left = primary();
    const token = peek();
    if (token?.t === 'op' && ['=', '!=', '<', '<=', '>', '>=', '=~'].includes(token.v)) {
      take();
      return { k: 'bin', op: token.v, l: left, r: primary() };
    }
    if (isWord('like')) {
      take();
      return { k: 'bin', op: 'like', l: left, r: primary() };
    }
    const negatedIn = isWord('not') && tokens[pos + 1]?.t === 'id' && tokens[pos + 1]!.v.toLowerCase() === 'in';
    if (isWord('in') || negatedIn) {
      if (negatedIn) take();
      take();
      expectOp('[');
      const list: Expr[] = [];
      while (!isOp(']')) {
        list.push(primary());
        if (isOp(',')) take();
      }
      take();
      const expr: Expr = { k: 'in', e: left, list };
      return negatedIn ? { k: 'not', e: expr } : expr;
    }
    return left;
  };
  const notExpr = (): Expr => {
    if (isWord('not')) {
      take();
      return { k: 'not', e: notExpr() };
    }
    return comparison();
  };
  const andExpr = (): Expr => {
    let left = notExpr();
    while (isWord('and')) take(), (left = { k: 'bin', op: 'and', l: left, r: notExpr() });
    return left;
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (isWord('or')) take(), (left = { k: 'bin', op: 'or', l: left, r: andExpr() });
    return left;
  };
  const named = (): Named => {
    const from = pos;
    const expr = orExpr();
    let name = expr.k === 'field' ? expr.name : source(from);
    if (isWord('as')) take(), (name = ident());
    return { expr, name };
  };
  const list = <T>(item: () => T): T[] => {
    const out = [item()];
    while (isOp(',')) take(), out.push(item());
    return out;
  };

  const commands: Command[] = [];
  while (pos < tokens.length) {
    const word = ident().toLowerCase();
    switch (word) {
      case 'fields':
        commands.push({ c: 'fields', items: list(named) });
        break;
      case 'display':
        commands.push({ c: 'display', names: list(ident) });
        break;
      case 'filter':
        commands.push({ c: 'filter', expr: orExpr() });
        break;
      case 'stats': {
        const aggs = list(named);
        const by = isWord('by') ? (take(), list(named)) : [];
        commands.push({ c: 'stats', aggs, by });
        break;
      }
      case 'sort':
        commands.push({
          c: 'sort',
          keys: list(() => {
            const from = pos;
            const expr = primary();
            const name = expr.k === 'field' ? expr.name : source(from);
            const desc = isWord('desc') ? (take(), true) : isWord('asc') ? (take(), false) : false;
            return { name, desc };
          }),
        });
        break;
      case 'limit': {
        const token = take();
        if (token.t !== 'num' || !/^\d+$/.test(token.v)) throw new QueryError(`limit needs a number at ${token.start}`);
        commands.push({ c: 'limit', n: Number(token.v) });
        break;
      }
      case 'parse': {
        const field = ident();
        const token = take();
        let pattern: RegExp;
        if (token.t === 're') pattern = toRegex(token.v);
        else if (token.t === 'str') pattern = new RegExp(`^.*?${token.v.split('*').map(escape).join('(.*?)')}`, 's');
        else throw new QueryError(`parse needs a glob string or a regex at ${token.start}`);
        const names = isWord('as') ? (take(), list(ident)) : [];
        commands.push({ c: 'parse', field, pattern, names });
        break;
      }
      default:
        throw new QueryError(`unknown command '${word}'`);
    }
    if (pos < tokens.length) expectOp('|');
  }
  return commands;
}

/** `5m` is 300000 ms (bin periods), a plain number is itself. */
function durationOrNumber(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|min|h|hr|d|w)?$/.exec(text);
  if (!m) throw new QueryError(`bad number '${text}'`);
  const unit = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, hr: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] ?? ''] ?? 1;
  return Number(m[1]) * unit;
}

function toRegex(literal: string): RegExp {
  const close = literal.lastIndexOf('/');
  try {
    return new RegExp(literal.slice(1, close), literal.slice(close + 1).replace(/[^imsu]/g, ''));
  } catch {
    throw new QueryError(`invalid regex ${literal}`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
