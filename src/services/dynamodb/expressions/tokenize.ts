/** One lexical token of a DynamoDB expression, with its place in the source for error messages. */
export interface Token {
  kind: 'name' | 'placeholder-name' | 'placeholder-value' | 'number' | 'punct' | 'eof';
  text: string;
  start: number;
  end: number;
}

const PUNCT = ['<>', '<=', '>=', '=', '<', '>', '(', ')', '[', ']', ',', '.', '+', '-'];

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}

/**
 * Splits an expression into tokens. An unknown character becomes a one-character punct
 * token, so the parser reports it as AWS does: a syntax error naming the token.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '#' || c === ':') {
      i++;
      while (i < source.length && isWordChar(source[i]!)) i++;
      tokens.push({ kind: c === '#' ? 'placeholder-name' : 'placeholder-value', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (/[0-9]/.test(c)) {
      while (i < source.length && /[0-9]/.test(source[i]!)) i++;
      tokens.push({ kind: 'number', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < source.length && isWordChar(source[i]!)) i++;
      tokens.push({ kind: 'name', text: source.slice(start, i), start, end: i });
      continue;
    }
    const punct = PUNCT.find((p) => source.startsWith(p, i)) ?? c;
    i += punct.length;
    tokens.push({ kind: 'punct', text: punct, start, end: i });
  }
  tokens.push({ kind: 'eof', text: '<EOF>', start: source.length, end: source.length });
  return tokens;
}
