import type { Operation, Shape } from '../../model/index.js';
import type { WireStructure } from '../types.js';
import { boundTimestampFormat, formatBoundScalar } from './binding-values.js';
import { joinHeaderList } from './header-list.js';
import { wireName } from './http-members.js';

export interface HttpBindingOutput {
  status: number;
  headers: Record<string, string>;
}

/**
 * Writes an operation output's header-bound members (`header`, `headers` prefix maps) and
 * its status: a `statusCode` member when set, else the operation's `http.responseCode`,
 * else 200. Body members are left to the protocol.
 */
export function writeHttpBindings(output: WireStructure, op: Operation): HttpBindingOutput {
  return writeShapeBindings(output, op.output, op.http.responseCode ?? 200);
}

/** `writeHttpBindings` for any structure (error shapes bind headers too). */
export function writeShapeBindings(value: WireStructure, shape: Shape, defaultStatus: number): HttpBindingOutput {
  const headers: Record<string, string> = {};
  let status = defaultStatus;
  const members = shape.members ?? {};
  // Walk the members the value sets: GetObject's output has ~50 members, a dozen set.
  for (const name of Object.keys(value)) {
    const member = Object.prototype.hasOwnProperty.call(members, name) ? members[name] : undefined;
    if (member === undefined) continue;
    const v = value[name];
    if (v === undefined || v === null) continue;
    const key = wireName(name, member);
    switch (member.location) {
      case 'header': {
        if (member.type === 'list') {
          if (!Array.isArray(v) || v.length === 0) break;
          const item = member.member!;
          const httpDates = item.type === 'timestamp' && boundTimestampFormat(item, 'header') === 'rfc822';
          headers[key] = joinHeaderList(v.map((x) => formatBoundScalar(item, x, 'header')), httpDates);
        } else {
          headers[key] = formatBoundScalar(member, v, 'header');
        }
        break;
      }
      case 'headers':
        if (typeof v === 'object') {
          for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
            if (x === undefined || x === null) continue;
            headers[key + k] = member.value ? formatBoundScalar(member.value, x, 'header') : String(x);
          }
        }
        break;
      case 'statusCode':
        if (typeof v === 'number' && Number.isInteger(v)) status = v;
        break;
      default:
        break;
    }
  }
  return { status, headers };
}
