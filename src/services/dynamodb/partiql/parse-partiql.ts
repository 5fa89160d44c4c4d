import { validation } from '../errors.js';
import type { PathSegment, PqCondition, PqOperand, PqStatement, Returning, WireValue } from './partiql-ast.js';
import { malformed, tokenizePartiql, type PartiqlToken } from './tokenize-partiql.js';

/**
 * A recursive-descent parser for the PartiQL DynamoDB accepts: SELECT, INSERT ... VALUE, UPDATE
 * (SET, REMOVE, RETURNING), DELETE (RETURNING). `?` takes the next parameter in order.
 */
export function parsePartiql(statement: string, parameters: unknown[] = []): PqStatement {
  const parser = new Parser(tokenizePartiql(statement), parameters);
  const result = parser.statement();
  parser.finish();
  return result;
}

class Parser {
  private at = 0;
  private used = 0;

  constructor(
    private readonly tokens: PartiqlToken[],
    private readonly params: unknown[],
  ) {}

  private peek(offset = 0): PartiqlToken {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)]!;
  }

  private next(): PartiqlToken {
    return this.tokens[this.at++]!;
  }

  private isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'word' && t.upper === word;
  }

  private isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === p;
  }

  private word(word: string): void {
    if (!this.isWord(word)) throw malformed(`Expected ${word}`);
    this.at++;
  }

  private punct(p: string): void {
    if (!this.isPunct(p)) throw malformed(`Expected '${p}'`);
    this.at++;
  }

  finish(): void {
    if (this.peek().kind !== 'end') throw malformed('Unexpected token after the end of the statement');
    if (this.used !== this.params.length) throw validation("Number of parameters in request and statement don't match.");
  }

  statement(): PqStatement {
    const t = this.peek();
    const verb = t.kind === 'word' ? t.upper : '';
    if (verb === 'SELECT') return this.select();
    if (verb === 'INSERT') return this.insert();
    if (verb === 'UPDATE') return this.update();
    if (verb === 'DELETE') return this.delete();
    throw malformed('Expected data manipulation');
  }

  private identifier(): string {
    const t = this.next();
    if (t.kind === 'quoted' || t.kind === 'word') return t.text;
    throw malformed('Expected identifier');
  }

  private select(): PqStatement {
    this.word('SELECT');
    let projection: PathSegment[][] | undefined;
    if (this.isPunct('*')) this.at++;
    else {
      projection = [this.path()];
      while (this.isPunct(',')) {
        this.at++;
        projection.push(this.path());
      }
    }
    this.word('FROM');
    const table = this.identifier();
    let index: string | undefined;
    if (this.isPunct('.')) {
      this.at++;
      index = this.identifier();
    }
    const where = this.optionalWhere();
    let descending: boolean | undefined;
    if (this.isWord('ORDER')) {
      this.at++;
      this.word('BY');
      this.path();
      if (this.isWord('DESC')) descending = true;
      if (this.isWord('ASC') || this.isWord('DESC')) this.at++;
    }
    return { kind: 'select', table, ...(index !== undefined ? { index } : {}), ...(projection ? { projection } : {}), ...(where ? { where } : {}), ...(descending ? { descending } : {}) };
  }

  private insert(): PqStatement {
    this.word('INSERT');
    this.word('INTO');
    const table = this.identifier();
    this.word('VALUE');
    const item = this.value();
    if (!('M' in item)) throw malformed('Expected a tuple value for INSERT');
    return { kind: 'insert', table, item };
  }

  private update(): PqStatement {
    this.word('UPDATE');
    const table = this.identifier();
    const set: Array<{ path: PathSegment[]; value: PqOperand }> = [];
    const remove: PathSegment[][] = [];
    while (this.isWord('SET') || this.isWord('REMOVE')) {
      const isSet = this.isWord('SET');
      this.at++;
      do {
        if (set.length + remove.length > 0 && this.isPunct(',')) this.at++;
        const path = this.path();
        if (isSet) {
          this.punct('=');
          set.push({ path, value: this.operand() });
        } else remove.push(path);
      } while (this.isPunct(','));
    }
    if (set.length + remove.length === 0) throw malformed('Expected SET or REMOVE');
    const where = this.optionalWhere();
    const returning = this.returning();
    return { kind: 'update', table, set, remove, ...(where ? { where } : {}), ...(returning ? { returning } : {}) };
  }

  private delete(): PqStatement {
    this.word('DELETE');
    this.word('FROM');
    const table = this.identifier();
    const where = this.optionalWhere();
    const returning = this.returning();
    return { kind: 'delete', table, ...(where ? { where } : {}), ...(returning ? { returning } : {}) };
  }

  private returning(): Returning | undefined {
    if (!this.isWord('RETURNING')) return undefined;
    this.at++;
    const scope = this.identifier().toUpperCase();
    const age = this.identifier().toUpperCase();
    this.punct('*');
    if ((scope !== 'ALL' && scope !== 'MODIFIED') || (age !== 'OLD' && age !== 'NEW')) throw malformed('Expected RETURNING ALL|MODIFIED OLD|NEW *');
    return `${scope === 'ALL' ? 'ALL' : 'UPDATED'}_${age}` as Returning;
  }

  private optionalWhere(): PqCondition | undefined {
    if (!this.isWord('WHERE')) return undefined;
    this.at++;
    return this.or();
  }

  private or(): PqCondition {
    let left = this.and();
    while (this.isWord('OR')) {
      this.at++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): PqCondition {
    let left = this.not();
    while (this.isWord('AND')) {
      this.at++;
      left = { kind: 'and', left, right: this.not() };
    }
    return left;
  }

  private not(): PqCondition {
    if (this.isWord('NOT')) {
      this.at++;
      return { kind: 'not', condition: this.not() };
    }
    return this.predicate();
  }

  private predicate(): PqCondition {
    if (this.isPunct('(')) {
      // A parenthesised condition (operands never start with a parenthesis here).
      this.at++;
      const inner = this.or();
      this.punct(')');
      return inner;
    }
    const t = this.peek();
    if (t.kind === 'word' && this.peek(1).kind === 'punct' && (this.peek(1) as { text: string }).text === '(' && ['BEGINS_WITH', 'CONTAINS', 'ATTRIBUTE_TYPE', 'EXISTS'].includes(t.upper)) {
      const call = this.operand();
      return call as PqCondition;
    }
    const left = this.operand();
    if (this.isWord('IS')) {
      this.at++;
      const negated = this.isWord('NOT');
      if (negated) this.at++;
      this.word('MISSING');
      if (left.kind !== 'path') throw malformed('Expected a path before IS MISSING');
      return { kind: 'missing', path: left.path, negated };
    }
    if (this.isWord('BETWEEN')) {
      this.at++;
      const low = this.operand();
      this.word('AND');
      return { kind: 'between', operand: left, low, high: this.operand() };
    }
    if (this.isWord('IN')) {
      this.at++;
      const close = this.isPunct('[') ? ']' : ')';
      this.next();
      const list = [this.operand()];
      while (this.isPunct(',')) {
        this.at++;
        list.push(this.operand());
      }
      this.punct(close);
      return { kind: 'in', operand: left, list };
    }
    const op = this.next();
    if (op.kind !== 'punct' || !['=', '<>', '!=', '<', '<=', '>', '>='].includes(op.text)) throw malformed('Expected a comparison operator');
    return { kind: 'compare', op: op.text === '!=' ? '<>' : op.text, left, right: this.operand() };
  }

  operand(): PqOperand {
    let left = this.term();
    while (this.isPunct('+') || this.isPunct('-')) {
      const op = (this.next() as { text: '+' | '-' }).text;
      left = { kind: 'arith', op, left, right: this.term() };
    }
    return left;
  }

  private term(): PqOperand {
    const t = this.peek();
    if (t.kind === 'word' && this.peek(1).kind === 'punct' && (this.peek(1) as { text: string }).text === '(') {
      this.at += 2;
      const args: PqOperand[] = [];
      if (!this.isPunct(')')) {
        args.push(this.operand());
        while (this.isPunct(',')) {
          this.at++;
          args.push(this.operand());
        }
      }
      this.punct(')');
      return { kind: 'call', name: t.upper.toLowerCase(), args };
    }
    if (t.kind === 'word' && !['TRUE', 'FALSE', 'NULL', 'MISSING'].includes(t.upper)) return { kind: 'path', path: this.path() };
    if (t.kind === 'quoted') return { kind: 'path', path: this.path() };
    return { kind: 'value', value: this.value() };
  }

  path(): PathSegment[] {
    const path: PathSegment[] = [this.identifier()];
    for (;;) {
      if (this.isPunct('.')) {
        this.at++;
        path.push(this.identifier());
      } else if (this.isPunct('[')) {
        this.at++;
        const n = this.next();
        if (n.kind !== 'number' || !/^\d+$/.test(n.text)) throw malformed('Expected a list index');
        path.push(Number(n.text));
        this.punct(']');
      } else return path;
    }
  }

  value(): WireValue {
    const t = this.next();
    if (t.kind === 'param') {
      const param = this.params[this.used++];
      if (param === undefined) throw validation("Number of parameters in request and statement don't match.");
      return param as WireValue;
    }
    if (t.kind === 'string') return { S: t.text };
    if (t.kind === 'number') return { N: t.text };
    if (t.kind === 'punct' && t.text === '-') {
      const n = this.next();
      if (n.kind !== 'number') throw malformed('Expected a number after -');
      return { N: `-${n.text}` };
    }
    if (t.kind === 'word' && (t.upper === 'TRUE' || t.upper === 'FALSE')) return { BOOL: t.upper === 'TRUE' };
    if (t.kind === 'word' && t.upper === 'NULL') return { NULL: true };
    if (t.kind === 'punct' && t.text === '[') return { L: this.sequence(']') };
    if (t.kind === 'punct' && t.text === '<<') return setOf(this.sequence('>>'));
    if (t.kind === 'punct' && t.text === '{') {
      const m: Record<string, WireValue> = {};
      while (!this.isPunct('}')) {
        const key = this.next();
        if (key.kind !== 'string' && key.kind !== 'quoted') throw malformed('Expected a string key in a tuple');
        this.punct(':');
        m[key.text] = this.value();
        if (!this.isPunct(',')) break;
        this.at++;
      }
      this.punct('}');
      return { M: m };
    }
    throw malformed('Expected a value');
  }

  private sequence(close: string): WireValue[] {
    const out: WireValue[] = [];
    while (!this.isPunct(close)) {
      out.push(this.value());
      if (!this.isPunct(',')) break;
      this.at++;
    }
    this.punct(close);
    return out;
  }
}

/** `<<...>>` is a string, number or binary set, by its members. */
function setOf(members: WireValue[]): WireValue {
  if (members.length === 0) throw malformed('A set may not be empty');
  for (const type of ['S', 'N', 'B'] as const) {
    if (members.every((m) => type in m)) return { [`${type}S`]: members.map((m) => m[type]) };
  }
  throw malformed('Set members must all be strings, numbers or binaries');
}
