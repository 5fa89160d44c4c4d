import { constraintViolation } from '../errors.js';

export const DEFAULT_BUS = 'default';

const RULE_NAME = /^[.\-_A-Za-z0-9]+$/;
const BUS_NAME = /^[/.\-_A-Za-z0-9]+$/;
const BUS_ARN = /^arn:aws[\w-]*:events:([a-z0-9-]+):(\d{12}):event-bus\/(.+)$/;

export function busArn(region: string, accountId: string, name: string): string {
  return `arn:aws:events:${region}:${accountId}:event-bus/${name}`;
}

/** Rules on the default bus have no bus segment in their ARN. */
export function ruleArn(region: string, accountId: string, bus: string, name: string): string {
  return `arn:aws:events:${region}:${accountId}:rule/${bus === DEFAULT_BUS ? '' : `${bus}/`}${name}`;
}

/** A bus named by name or ARN (the EventBusName member takes both). */
export interface BusRef {
  name: string;
  accountId?: string;
  region?: string;
}

export function parseBusName(value: string | undefined): BusRef {
  if (value === undefined || value === '') return { name: DEFAULT_BUS };
  const arn = BUS_ARN.exec(value);
  return arn ? { region: arn[1], accountId: arn[2], name: arn[3]! } : { name: value };
}

export function checkRuleName(name: unknown, member = 'name'): string {
  const value = typeof name === 'string' ? name : '';
  if (value.length < 1 || value.length > 64) throw constraintViolation(value, member, 'Member must have length less than or equal to 64');
  if (!RULE_NAME.test(value)) throw constraintViolation(value, member, 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+');
  return value;
}

export function checkBusName(name: unknown, member = 'name'): string {
  const value = typeof name === 'string' ? name : '';
  if (value.length < 1 || value.length > 256) throw constraintViolation(value, member, 'Member must have length less than or equal to 256');
  if (!BUS_NAME.test(value)) throw constraintViolation(value, member, 'Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+');
  return value;
}

/** The parts of a rule or bus ARN, for TagResource and friends. */
export type ResourceRef =
  | { kind: 'rule'; region: string; accountId: string; bus: string; name: string }
  | { kind: 'event-bus'; region: string; accountId: string; name: string };

export function parseResourceArn(arn: string): ResourceRef | undefined {
  const m = /^arn:aws[\w-]*:events:([a-z0-9-]+):(\d{12}):(rule|event-bus)\/(.+)$/.exec(arn);
  if (!m) return undefined;
  const [, region, accountId, kind, rest] = m as unknown as [string, string, string, string, string];
  if (kind === 'event-bus') return { kind, region, accountId, name: rest };
  const slash = rest.lastIndexOf('/');
  return slash < 0
    ? { kind: 'rule', region, accountId, bus: DEFAULT_BUS, name: rest }
    : { kind: 'rule', region, accountId, bus: rest.slice(0, slash), name: rest.slice(slash + 1) };
}
