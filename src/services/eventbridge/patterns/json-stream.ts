/**
 * A streaming JSON reader that consumes its input the way Jackson's does, so the line and
 * column in an InvalidEventPatternException are the ones AWS reports: after a field name the
 * value's first character is already read (a string's opening quote, a whole number or
 * literal), and a string's text is read only when asked for.
 */
export type JsonToken =
  | 'START_OBJECT' | 'END_OBJECT' | 'START_ARRAY' | 'END_ARRAY' | 'FIELD_NAME'
  | 'VALUE_STRING' | 'VALUE_NUMBER_INT' | 'VALUE_NUMBER_FLOAT' | 'VALUE_TRUE' | 'VALUE_FALSE' | 'VALUE_NULL';

/** A failure with its reason and Jackson's `[Source: ...; line: L, column: C]` location. */
export class JsonStreamError extends Error {
  constructor(readonly reason: string, readonly location: string | undefined) {
    super(location ? `${reason}\n at ${location}` : reason);
  }
}

interface Context {
  kind: 'root' | 'object' | 'array';
  entries: number;
  startLine: number;
  startColumn: number;
}

const SOURCE_LIMIT = 500;
const EXPECTED_VALUE = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

export class JsonStream {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly stack: Context[] = [{ kind: 'root', entries: 0, startLine: 1, startColumn: 1 }];
  private pending: JsonToken | undefined;
  private incompleteString = false;
  private text = '';
  private name = '';
  token: JsonToken | undefined;

  constructor(private readonly source: string) {}

  get currentName(): string {
    return this.name;
  }

  /** The current token's text; a string is read to its closing quote on first call. */
  getText(): string {
    if (this.incompleteString) {
      this.text = this.readStringBody();
      this.incompleteString = false;
    }
    if (this.token === 'FIELD_NAME') return this.name;
    return this.text;
  }

  nextToken(): JsonToken | undefined {
    if (this.pending) {
      this.token = this.pending;
      this.pending = undefined;
      return this.token;
    }
    if (this.incompleteString) {
      this.readStringBody();
      this.incompleteString = false;
    }
    this.skipWhitespace();
    const context = this.stack[this.stack.length - 1]!;
    if (this.pos >= this.source.length) {
      if (context.kind !== 'root') {
        const marker = context.kind === 'object' ? 'OBJECT' : 'ARRAY';
        this.fail(`Unexpected end-of-input: expected close marker for ${marker} (start marker at ${this.describe(context.startLine, context.startColumn)})`);
      }
      this.token = undefined;
      return undefined;
    }
    let ch = this.source[this.pos]!;
    if (ch === '}' || ch === ']') {
      const wanted = context.kind === 'object' ? '}' : context.kind === 'array' ? ']' : undefined;
      if (ch !== wanted) {
        this.pos++;
        const what = context.kind === 'root' ? 'ROOT' : context.kind === 'object' ? 'Object' : 'Array';
        this.fail(`Unexpected close marker '${ch}': expected '${wanted ?? ' '}' (for ${what} starting at ${this.describe(context.startLine, context.startColumn)})`);
      }
      this.pos++;
      this.stack.pop();
      this.text = ch;
      this.token = ch === '}' ? 'END_OBJECT' : 'END_ARRAY';
      return this.token;
    }
    if (context.entries > 0 && context.kind !== 'root') {
      if (ch !== ',') {
        this.pos++;
        this.fail(`${unexpected(ch)}: was expecting comma to separate ${context.kind === 'object' ? 'Object' : 'Array'} entries`);
      }
      this.pos++;
      this.skipWhitespace();
      ch = this.source[this.pos] ?? '';
    }
    context.entries++;
    if (context.kind === 'object') {
      if (ch !== '"') {
        this.pos++;
        this.fail(`${unexpected(ch)}: was expecting double-quote to start field name`);
      }
      this.pos++;
      this.name = this.readStringBody();
      this.skipWhitespace();
      const colon = this.source[this.pos] ?? '';
      if (colon !== ':') {
        this.pos++;
        this.fail(`${unexpected(colon)}: was expecting a colon to separate field name and value`);
      }
      this.pos++;
      this.skipWhitespace();
      this.pending = this.startValue();
      this.token = 'FIELD_NAME';
      return this.token;
    }
    this.token = this.startValue();
    return this.token;
  }

  /** `line: L, column: C` of the next unread character, as Jackson's current location. */
  location(): string {
    return this.describe(this.line, this.pos - this.lineStart + 1);
  }

  /** Throws the error Jackson's JsonParseException would carry, located at the current position. */
  fail(reason: string): never {
    throw new JsonStreamError(reason, this.location());
  }

  private describe(line: number, column: number): string {
    const shown = this.source.length > SOURCE_LIMIT
      ? `"${this.source.slice(0, SOURCE_LIMIT)}"[truncated ${this.source.length - SOURCE_LIMIT} chars]`
      : `"${this.source}"`;
    return `[Source: (String)${shown}; line: ${line}, column: ${column}]`;
  }

  private startValue(): JsonToken {
    const ch = this.source[this.pos];
    if (ch === undefined) {
      this.fail(`Unexpected end-of-input: expected a value ${EXPECTED_VALUE}`);
    }
    if (ch === '"') {
      this.pos++;
      this.incompleteString = true;
      return 'VALUE_STRING';
    }
    if (ch === '{' || ch === '[') {
      this.pos++;
      this.text = ch;
      this.stack.push({ kind: ch === '{' ? 'object' : 'array', entries: 0, startLine: this.line, startColumn: this.pos - this.lineStart });
      return ch === '{' ? 'START_OBJECT' : 'START_ARRAY';
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.readNumber();
    if (/[A-Za-z]/.test(ch)) {
      const word = /^[A-Za-z0-9_$]+/.exec(this.source.slice(this.pos))![0];
      this.pos += word.length;
      this.text = word;
      if (word === 'true') return 'VALUE_TRUE';
      if (word === 'false') return 'VALUE_FALSE';
      if (word === 'null') return 'VALUE_NULL';
      this.fail(`Unrecognized token '${word}': was expecting ${EXPECTED_VALUE}`);
    }
    this.pos++;
    this.fail(`${unexpected(ch)}: expected a valid value ${EXPECTED_VALUE}`);
  }

  private readNumber(): JsonToken {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.source.slice(this.pos));
    if (!match || match[0] === '-') {
      this.pos++;
      this.fail(`${unexpected(this.source[this.pos] ?? ' ')}: expected digit (0-9) to follow minus sign, for valid numeric value`);
    }
    this.pos += match[0].length;
    this.text = match[0];
    return match[2] !== undefined || match[3] !== undefined ? 'VALUE_NUMBER_FLOAT' : 'VALUE_NUMBER_INT';
  }

  /** Reads a string's body after its opening quote, through the closing quote. */
  private readStringBody(): string {
    let out = '';
    for (;;) {
      const ch = this.source[this.pos];
      if (ch === undefined) this.fail('Unexpected end-of-input: was expecting closing quote for a string value');
      this.pos++;
      if (ch === '"') return out;
      if (ch === '\\') {
        const esc = this.source[this.pos++] ?? '';
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (simple[esc] !== undefined) out += simple[esc];
        else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(this.source.slice(this.pos, this.pos + 4))) {
          out += String.fromCharCode(parseInt(this.source.slice(this.pos, this.pos + 4), 16));
          this.pos += 4;
        } else this.fail(`Unrecognized character escape ${unexpected(esc).replace('Unexpected character ', '')}`);
        continue;
      }
      if (ch < ' ') this.fail(`Illegal unquoted character ((CTRL-CHAR, code ${ch.charCodeAt(0)})): has to be escaped using backslash to be included in string value`);
      out += ch;
    }
  }

  private skipWhitespace(): void {
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos]!;
      if (ch === '\n') {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.pos++;
      } else {
        return;
      }
    }
  }
}

function unexpected(ch: string): string {
  return `Unexpected character ('${ch}' (code ${ch.codePointAt(0) ?? 0}))`;
}
