import { isIPv4, isIPv6 } from 'node:net';

/** An inclusive range of addresses of one family, as bytes (4 for IPv4, 16 for IPv6). */
export interface IpRange {
  low: number[];
  high: number[];
}

/** The address's bytes, or undefined when it is not an IPv4 or IPv6 literal. */
export function ipBytes(text: string): number[] | undefined {
  if (isIPv4(text)) return text.split('.').map(Number);
  if (!isIPv6(text)) return undefined;
  let address = text;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    address = address.slice(0, -v4[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = address.includes('::') ? address.split('::') as [string, string] : [address, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

/** One address as a range of itself (a pattern's plain IP string matches that address however it is written). */
export function singleAddress(text: string): IpRange | undefined {
  const bytes = ipBytes(text);
  return bytes ? { low: bytes, high: bytes } : undefined;
}

/** A `{"cidr": ...}` range; throws AWS's reason when the CIDR is malformed. */
export function cidrRange(cidr: string): IpRange {
  const parts = cidr.split('/');
  if (parts.length !== 2) throw new Error("Malformed CIDR, one '/' required");
  if (!/^[+-]?\d+$/.test(parts[1]!)) throw new Error('Malformed CIDR, mask bits must be an integer');
  const bits = Number(parts[1]);
  if (bits < 0) throw new Error('Malformed CIDR, mask bits must not be negative');
  const base = ipBytes(parts[0]!);
  if (!base) throw new Error(`Nonstandard IP address: ${parts[0]}`);
  if (base.length === 4 && bits > 31) throw new Error('IPv4 mask bits must be < 32');
  if (base.length === 16 && bits > 127) throw new Error('IPv6 mask bits must be < 128');
  let free = base.length * 8 - bits;
  const high = [...base];
  for (let i = high.length - 1; i >= 0 && free > 0; i--, free -= 8) {
    high[i] = free >= 8 ? 0xff : high[i]! | ((1 << free) - 1);
  }
  return { low: base, high };
}

export function inRange(range: IpRange, value: string): boolean {
  const bytes = ipBytes(value);
  if (!bytes || bytes.length !== range.low.length) return false;
  return compare(bytes, range.low) >= 0 && compare(bytes, range.high) <= 0;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
