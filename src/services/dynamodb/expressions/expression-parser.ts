import { validation } from '../errors.js';
import type { AwsError } from '../../../shared/aws-error.js';
import type { AttributeMap } from '../model/attribute-value.js';
import type { Operand, Path } from './ast.js';
import { RESERVED_WORDS } from './reserved-words.js';
import { tokenize, type Token } from './tokenize.js';

/** The request's placeholders, and which of them the request's expressions used. */
export class ExpressionScope {
  readonly usedNames = new Set<string>();
  readonly usedValues = new Set<string>();
  constructor(
    readonly names: Record<string, string> | undefined,
    readonly values: AttributeMap | undefined,
  ) {}
}

export type ExpressionLabel = 'ConditionExpression' | 'UpdateExpression' | 'ProjectionExpression' | 'KeyConditionExpression' | 'FilterExpression';

const OPERAND_FUNCTIONS = new Set(['size', 'if_not_exists', 'list_append']);
export const CONDITION_FUNCTIONS = new Set(['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains']);

/**
 * The shared machinery of DynamoDB's expression grammars: a token cursor, document paths,
 * operands, placeholder resolution and AWS's error messages. Grammar-specific parsing is
 * in parse-condition.ts, parse-update.ts and parse-projection.ts.
 */
export class ExpressionParser {
  private readonly tokens: Token[];
  pos = 0;

  constructor(
    readonly source: string,
    readonly label: ExpressionLabel,
    readonly scope: ExpressionScope,
  ) {
    if (source.trim() === '') throw this.error('The expression can not be empty;');
    this.tokens = tokenize(source);
  }

  get token(): Token {
    return this.tokens[this.pos]!;
  }

  peek(offset = 1): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.token;
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  isPunct(text: string): boolean {
    return this.token.kind === 'punct' && this.token.text === text;
  }

  isKeyword(word: string): boolean {
    return this.token.kind === 'name' && this.token.text.toUpperCase() === word;
  }

  expectPunct(text: string): void {
    if (!this.isPunct(text)) throw this.syntaxError();
    this.next();
  }

  error(detail: string): AwsError {
    return validation(`Invalid ${this.label}: ${detail}`);
  }

  /** AWS's "Syntax error; token: ..., near: ..." naming the offending token and its neighbours. */
  syntaxError(token: Token = this.token): AwsError {
    const index = this.tokens.indexOf(token);
    const before = this.tokens[Math.max(index - 1, 0)]!;
    const after = token.kind === 'eof' ? token : this.tokens[Math.min(index + 1, this.tokens.length - 1)]!;
    const near = this.source.slice(before.start, after.end);
    return this.error(`Syntax error; token: "${token.text}", near: "${near}"`);
  }

  atEnd(): boolean {
    return this.token.kind === 'eof';
  }

  expectEnd(): void {
    if (!this.atEnd()) throw this.syntaxError();
  }

  private pathElementName(token: Token): string {
    if (token.kind === 'placeholder-name') {
      const resolved = this.scope.names?.[token.text];
      if (resolved === undefined) {
        throw this.error(`An expression attribute name used in the document path is not defined; attribute name: ${token.text}`);
      }
      this.scope.usedNames.add(token.text);
      return resolved;
    }
    if (token.kind === 'name') {
      if (RESERVED_WORDS.has(token.text.toUpperCase())) {
        throw this.error(`Attribute name is a reserved keyword; reserved keyword: ${token.text}`);
      }
      return token.text;
    }
    throw this.syntaxError(token);
  }

  parsePath(): Path {
    const path: Path = [this.pathElementName(this.next())];
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        path.push(this.pathElementName(this.next()));
      } else if (this.isPunct('[')) {
        this.next();
        const index = this.next();
        if (index.kind !== 'number') throw this.syntaxError(index);
        path.push(Number(index.text));
        this.expectPunct(']');
      } else {
        return path;
      }
    }
  }

  isFunctionCall(): boolean {
    return this.token.kind === 'name' && this.peek().kind === 'punct' && this.peek().text === '(';
  }

  /** A function's name and argument list; the caller checks the name is allowed where it is. */
  parseCall(): { name: string; args: Operand[]; token: Token } {
    const token = this.next();
    const name = token.text;
    if (!OPERAND_FUNCTIONS.has(name) && !CONDITION_FUNCTIONS.has(name)) throw this.error(`Invalid function name; function: ${name}`);
    this.expectPunct('(');
    const args: Operand[] = [];
    if (!this.isPunct(')')) {
      args.push(this.parseOperand());
      while (this.isPunct(',')) {
        this.next();
        args.push(this.parseOperand());
      }
    }
    this.expectPunct(')');
    return { name, args, token };
  }

  arity(name: string, args: Operand[], count: number): void {
    if (args.length !== count) {
      throw this.error(`Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`);
    }
  }

  requirePath(name: string, operand: Operand): Path {
    if (operand.kind !== 'path') throw this.error(`Operator or function requires a document path; operator or function: ${name}`);
    return operand.path;
  }

  /** An operand: a path, a :value, or a function that yields a value. */
  parseOperand(): Operand {
    const token = this.token;
    if (token.kind === 'placeholder-value') {
      this.next();
      const value = this.scope.values?.[token.text];
      if (value === undefined) throw this.error(`An expression attribute value used in expression is not defined; attribute value: ${token.text}`);
      this.scope.usedValues.add(token.text);
      return { kind: 'value', name: token.text, value };
    }
    if (this.isFunctionCall()) {
      const { name, args } = this.parseCall();
      return this.operandFunction(name, args);
    }
    if (token.kind === 'name' || token.kind === 'placeholder-name') return { kind: 'path', path: this.parsePath() };
    throw this.syntaxError();
  }

  private operandFunction(name: string, args: Operand[]): Operand {
    const inUpdate = this.label === 'UpdateExpression';
    if (CONDITION_FUNCTIONS.has(name) || (name === 'size' && inUpdate)) {
      throw this.error(inUpdate ? `The function is not allowed in an update expression; function: ${name}` : `The function is not allowed to be used this way in an expression; function: ${name}`);
    }
    if (name !== 'size' && !inUpdate) throw this.error(`The function is not allowed in a condition expression; function: ${name}`);
    if (name === 'size') {
      this.arity(name, args, 1);
      return { kind: 'size', path: this.requirePath(name, args[0]!) };
    }
    this.arity(name, args, 2);
    if (name === 'if_not_exists') return { kind: 'if_not_exists', path: this.requirePath(name, args[0]!), fallback: args[1]! };
    for (const arg of args) {
      if (arg.kind === 'value' && !('L' in arg.value)) throw this.operandTypeError(name, arg);
    }
    return { kind: 'list_append', left: args[0]!, right: args[1]! };
  }

  operandTypeError(name: string, operand: Operand & { kind: 'value' }): AwsError {
    return this.error(`Incorrect operand type for operator or function; operator or function: ${name}, operand type: ${Object.keys(operand.value)[0]}`);
  }
}
