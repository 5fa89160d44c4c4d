import type { Operand, Path, UpdateAction } from './ast.js';
import { formatPath } from './ast.js';
import { ExpressionParser, type ExpressionScope } from './expression-parser.js';

type Section = 'SET' | 'REMOVE' | 'ADD' | 'DELETE';
const SECTIONS: readonly Section[] = ['SET', 'REMOVE', 'ADD', 'DELETE'];

/** AWS's long type names, as its ADD/DELETE operand errors print them. */
const LONG_TYPE: Record<string, string> = {
  S: 'STRING', N: 'NUMBER', B: 'BINARY', SS: 'STRING_SET', NS: 'NUMBER_SET', BS: 'BINARY_SET', M: 'MAP', L: 'LIST', NULL: 'NULL', BOOL: 'BOOLEAN',
};

/**
 * UpdateExpression: one or more sections, each at most once, in any order:
 *   SET path = value (, ...)   value := operand | operand + operand | operand - operand
 *   REMOVE path (, ...)        ADD path :value (, ...)        DELETE path :value (, ...)
 */
export function parseUpdate(source: string, scope: ExpressionScope): UpdateAction[] {
  const p = new ExpressionParser(source, 'UpdateExpression', scope);
  const actions: UpdateAction[] = [];
  const seen = new Set<Section>();
  do {
    const section = SECTIONS.find((s) => p.isKeyword(s));
    if (!section) throw p.syntaxError();
    if (seen.has(section)) throw p.error(`The "${section}" section can only be used once in an update expression;`);
    seen.add(section);
    p.next();
    do {
      if (actions.length > 0 && p.isPunct(',')) p.next();
      actions.push(parseAction(p, section));
    } while (p.isPunct(','));
  } while (!p.atEnd());
  checkOverlaps(p, actions.map((a) => a.path));
  return actions;
}

function parseAction(p: ExpressionParser, section: Section): UpdateAction {
  const path = p.parsePath();
  switch (section) {
    case 'SET': {
      p.expectPunct('=');
      return { kind: 'SET', path, value: parseSetValue(p) };
    }
    case 'REMOVE':
      return { kind: 'REMOVE', path };
    case 'ADD':
    case 'DELETE': {
      const value = p.parseOperand();
      if (value.kind !== 'value') throw p.syntaxError();
      const type = Object.keys(value.value)[0]!;
      const allowed = section === 'ADD' ? ['N', 'SS', 'NS', 'BS'] : ['SS', 'NS', 'BS'];
      if (!allowed.includes(type)) {
        throw p.error(`Incorrect operand type for operator or function; operator: ${section}, operand type: ${LONG_TYPE[type]}`);
      }
      return { kind: section, path, value };
    }
  }
}

function parseSetValue(p: ExpressionParser): Operand {
  const left = p.parseOperand();
  if (p.isPunct('+') || p.isPunct('-')) {
    const op = p.next().text as '+' | '-';
    const right = p.parseOperand();
    for (const side of [left, right]) {
      if (side.kind === 'value' && !('N' in side.value)) throw p.operandTypeError(op, side);
    }
    return { kind: 'arithmetic', op, left, right };
  }
  return left;
}

/** Two paths overlap when one is a prefix of the other, conflict when they diverge on element kind. */
export function checkOverlaps(p: ExpressionParser, paths: Path[]): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const a = paths[i]!;
      const b = paths[j]!;
      const n = Math.min(a.length, b.length);
      let k = 0;
      while (k < n && a[k] === b[k]) k++;
      if (k === n) {
        throw p.error(`Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${formatPath(a)}, path two: ${formatPath(b)}`);
      }
      if (typeof a[k] !== typeof b[k]) {
        throw p.error(`Two document paths conflict with each other; must remove or rewrite one of these paths; path one: ${formatPath(a)}, path two: ${formatPath(b)}`);
      }
    }
  }
}
