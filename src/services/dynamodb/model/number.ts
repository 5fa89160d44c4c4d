/**
 * DynamoDB numbers: decimal, up to 38 significant digits, magnitude between 1E-130 and
 * 9.99...E+125. Kept as a sign, the significant digits (no leading or trailing zeros) and an
 * exponent such that the value is sign * 0.digits * 10^exponent; never as a JS double.
 */
export interface Decimal {
  sign: -1 | 0 | 1;
  /** Significant digits, no leading or trailing zeros; '' for zero. */
  digits: string;
  /** value = 0.digits * 10^exponent. */
  exponent: number;
}

const SYNTAX = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const MAX_DIGITS = 38;
/** 9.99...E+125 is 0.999... * 10^126. */
const MAX_EXPONENT = 126;
/** 1E-130 is 0.1 * 10^-129. */
const MIN_EXPONENT = -129;

export type NumberProblem = 'syntax' | 'digits' | 'overflow' | 'underflow';

export function parseDecimal(text: string): Decimal | NumberProblem {
  const m = SYNTAX.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return 'syntax';
  const intPart = m[2]!;
  const fracPart = m[3] ?? '';
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isSafeInteger(exp)) return 'syntax';
  const all = intPart + fracPart;
  const lead = all.search(/[1-9]/);
  if (lead === -1) return { sign: 0, digits: '', exponent: 0 };
  const digits = all.slice(lead).replace(/0+$/, '');
  const exponent = intPart.length - lead + exp;
  return checkRange({ sign: m[1] === '-' ? -1 : 1, digits, exponent });
}

export function checkRange(d: Decimal): Decimal | NumberProblem {
  if (d.sign === 0) return d;
  if (d.digits.length > MAX_DIGITS) return 'digits';
  if (d.exponent > MAX_EXPONENT) return 'overflow';
  if (d.exponent < MIN_EXPONENT) return 'underflow';
  return d;
}

/** The canonical text DynamoDB answers with: plain notation, no redundant zeros. */
export function formatDecimal(d: Decimal): string {
  if (d.sign === 0) return '0';
  const { digits, exponent } = d;
  let body: string;
  if (exponent <= 0) body = `0.${'0'.repeat(-exponent)}${digits}`;
  else if (exponent >= digits.length) body = digits + '0'.repeat(exponent - digits.length);
  else body = `${digits.slice(0, exponent)}.${digits.slice(exponent)}`;
  return d.sign < 0 ? `-${body}` : body;
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  if (a.sign !== b.sign) return a.sign - b.sign;
  if (a.sign === 0) return 0;
  let magnitude: number;
  if (a.exponent !== b.exponent) magnitude = a.exponent - b.exponent;
  else magnitude = a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0;
  return magnitude === 0 ? 0 : a.sign * Math.sign(magnitude);
}

/** Exact sum (or difference); the caller checks the result's range. */
export function addDecimals(a: Decimal, b: Decimal, subtract = false): Decimal {
  const bSign = (subtract ? -b.sign : b.sign) as Decimal['sign'];
  if (a.sign === 0) return { ...b, sign: bSign };
  if (bSign === 0) return a;
  // Both as integers times 10^scale, scale = exponent - digits.length.
  const scaleA = a.exponent - a.digits.length;
  const scaleB = b.exponent - b.digits.length;
  const scale = Math.min(scaleA, scaleB);
  const ia = BigInt(a.digits + '0'.repeat(scaleA - scale)) * BigInt(a.sign);
  const ib = BigInt(b.digits + '0'.repeat(scaleB - scale)) * BigInt(bSign);
  const sum = ia + ib;
  if (sum === 0n) return { sign: 0, digits: '', exponent: 0 };
  const text = (sum < 0n ? -sum : sum).toString();
  const digits = text.replace(/0+$/, '');
  return { sign: sum < 0n ? -1 : 1, digits, exponent: text.length + scale };
}

/**
 * An order-preserving string for a number: comparing two encodings as strings (by code
 * point) orders them as the numbers. Sign class first ('1' negative, '2' zero, '3'
 * positive), then a three-digit exponent, then the digits; for negatives both are
 * complemented and a '~' closes the digits so a longer (more negative) run sorts first.
 */
export function encodeDecimalOrdered(d: Decimal): string {
  if (d.sign === 0) return '2';
  const exp = d.exponent + 200;
  if (d.sign > 0) return `3${String(exp).padStart(3, '0')}${d.digits}`;
  let complemented = '';
  for (let i = 0; i < d.digits.length; i++) complemented += String(9 - (d.digits.charCodeAt(i) - 48));
  return `1${String(999 - exp).padStart(3, '0')}${complemented}~`;
}

/** Significant digits, for item size (1 byte per two digits, plus one). */
export function significantDigits(text: string): number {
  const d = parseDecimal(text);
  return typeof d === 'string' ? text.length : d.digits.length;
}
