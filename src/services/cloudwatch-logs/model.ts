import { constraintViolation, invalidParameter, invalidToken } from './errors.js';

/** A log group as it is stored; keyed by its name. */
export interface LogGroup {
  name: string;
  creationTime: number;
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass: string;
  tags: Record<string, string>;
}

/** A log stream as it is stored; keyed by `streamKey`. */
export interface LogStream {
  group: string;
  name: string;
  creationTime: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  storedBytes: number;
  /** Events stored so far: orders events of equal timestamp and names upload tokens. */
  seq: number;
}

/** One event; keyed by `eventKey` so a stream's events list in time order. */
export interface LogEventRow {
  t: number;
  m: string;
  /** Ingestion time. */
  i: number;
}

export const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;
export const DAY_MS = 86_400_000;
/** AWS counts 26 bytes of overhead per event toward PutLogEvents' batch size. */
export const EVENT_OVERHEAD = 26;

const GROUP_NAME = /^[.\-_/#A-Za-z0-9]+$/;

export function validateGroupName(name: string, member = 'logGroupName'): void {
  if (name.length < 1 || name.length > 512) throw constraintViolation(name, member, 'Member must have length less than or equal to 512');
  if (!GROUP_NAME.test(name)) throw constraintViolation(name, member, 'Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+');
}

export function validateStreamName(name: string): void {
  if (name.length < 1 || name.length > 512) throw constraintViolation(name, 'logStreamName', 'Member must have length less than or equal to 512');
  if (/[:*]/.test(name)) throw constraintViolation(name, 'logStreamName', 'Member must satisfy regular expression pattern: [^:*]*');
}

export function validateLimit(limit: number | undefined, max: number): void {
  if (limit !== undefined && (limit < 1 || limit > max)) {
    throw constraintViolation(limit, 'limit', `Member must have value ${limit < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`);
  }
}

export function groupArn(region: string, accountId: string, name: string): string {
  return `arn:aws:logs:${region}:${accountId}:log-group:${name}`;
}

export function streamArn(region: string, accountId: string, group: string, stream: string): string {
  return `arn:aws:logs:${region}:${accountId}:log-group:${group}:log-stream:${stream}`;
}

/** Group and stream names may not contain ':', so it separates them in keys. */
export function streamKey(group: string, stream: string): string {
  return `${group}:${stream}`;
}

export function eventPrefix(group: string, stream?: string): string {
  return stream === undefined ? `${group}:` : `${group}:${stream}:`;
}

/** Digits only, so a position doubles as the body of an AWS-looking `f/...` token. */
export function eventPosition(timestamp: number, seq: number): string {
  return String(Math.max(0, timestamp)).padStart(15, '0') + String(seq).padStart(12, '0');
}

export function positionOfTime(timestamp: number): string {
  return String(Math.max(0, timestamp)).padStart(15, '0');
}

export function eventKey(group: string, stream: string, position: string): string {
  return `${eventPrefix(group, stream)}${position}`;
}

/** The oldest timestamp a group keeps under its retention, or undefined when kept forever. */
export function retentionCutoff(group: LogGroup, now: number): number | undefined {
  return group.retentionInDays === undefined ? undefined : now - group.retentionInDays * DAY_MS;
}

/** Resolves `logGroupIdentifier` (a name or an ARN) or `logGroupName`; exactly one is allowed. */
export function groupNameFrom(input: { logGroupName?: string; logGroupIdentifier?: string }): string {
  if (input.logGroupName !== undefined && input.logGroupIdentifier !== undefined) {
    throw invalidParameter('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
  }
  const id = input.logGroupIdentifier;
  if (id !== undefined) {
    const arn = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:([^:]+)(:\*)?$/.exec(id);
    return arn ? arn[1]! : id;
  }
  if (input.logGroupName === undefined) throw invalidParameter('Either LogGroup name or LogGroup ARN must be specified.');
  return input.logGroupName;
}

export function encodeToken(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeToken<T>(token: string, check: (value: Record<string, unknown>) => boolean): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidToken();
  }
  if (typeof value !== 'object' || value === null || !check(value as Record<string, unknown>)) throw invalidToken();
  return value as T;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
