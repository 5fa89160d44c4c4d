import { validation } from '../errors.js';

export type PartiqlToken =
  | { kind: 'string'; text: string }
  | { kind: 'quoted'; text: string }
  | { kind: 'word'; text: string; upper: string }
  | { kind: 'number'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'param' }
  | { kind: 'end' };

/** PartiQL errors all start as DynamoDB words them. */
export function malformed(detail: string): Error {
  return validation(`Statement wasn't well formed, can't be processed: ${detail}`);
}

const PUNCT = ['<<', '>>', '<>', '!=', '<=', '>=', '(', ')', '[', ']', '{', '}', ',', '.', '=', '<', '>', '+', '-', '*', ':'];

/** Splits a statement: 'strings' (quote doubled to escape), "identifiers", words, numbers, `?` and punctuation. */
export function tokenizePartiql(statement: string): PartiqlToken[] {
  const tokens: PartiqlToken[] = [];
  let i = 0;
  while (i < statement.length) {
    const c = statement[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= statement.length) throw malformed(`Unterminated ${c === "'" ? 'string literal' : 'quoted identifier'}`);
        if (statement[j] === c) {
          if (statement[j + 1] === c) {
            text += c;
            j += 2;
            continue;
          }
          break;
        }
        text += statement[j++];
      }
      tokens.push(c === "'" ? { kind: 'string', text } : { kind: 'quoted', text });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(statement.slice(i))![0];
      tokens.push({ kind: 'word', text: m, upper: m.toUpperCase() });
      i += m.length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/.exec(statement.slice(i))![0];
      tokens.push({ kind: 'number', text: m });
      i += m.length;
    } else if (c === '?') {
      tokens.push({ kind: 'param' });
      i++;
    } else {
      const p = PUNCT.find((q) => statement.startsWith(q, i));
      if (!p) throw malformed(`Unexpected character '${c}'`);
      tokens.push({ kind: 'punct', text: p });
      i += p.length;
    }
  }
  tokens.push({ kind: 'end' });
  return tokens;
}
