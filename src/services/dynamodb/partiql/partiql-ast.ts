/** A PartiQL value as the wire carries it (an AttributeValue: `{ S: 'x' }`, binary as bytes). */
export type WireValue = Record<string, unknown>;

export type PathSegment = string | number;

export type PqOperand =
  | { kind: 'path'; path: PathSegment[] }
  | { kind: 'value'; value: WireValue }
  | { kind: 'call'; name: string; args: PqOperand[] }
  | { kind: 'arith'; op: '+' | '-'; left: PqOperand; right: PqOperand };

export type PqCondition =
  | { kind: 'compare'; op: string; left: PqOperand; right: PqOperand }
  | { kind: 'between'; operand: PqOperand; low: PqOperand; high: PqOperand }
  | { kind: 'in'; operand: PqOperand; list: PqOperand[] }
  | { kind: 'missing'; path: PathSegment[]; negated: boolean }
  | { kind: 'call'; name: string; args: PqOperand[] }
  | { kind: 'and' | 'or'; left: PqCondition; right: PqCondition }
  | { kind: 'not'; condition: PqCondition };

export type Returning = 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';

export type PqStatement =
  | { kind: 'select'; table: string; index?: string; projection?: PathSegment[][]; where?: PqCondition; descending?: boolean }
  | { kind: 'insert'; table: string; item: WireValue }
  | { kind: 'update'; table: string; set: Array<{ path: PathSegment[]; value: PqOperand }>; remove: PathSegment[][]; where?: PqCondition; returning?: Returning }
  | { kind: 'delete'; table: string; where?: PqCondition; returning?: Returning };
