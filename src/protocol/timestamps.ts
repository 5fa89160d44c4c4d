import { AwsError } from '../shared/aws-error.js';

/** The timestamp formats AWS models use (`timestampFormat`), plus each protocol's default. */
export type TimestampFormat = 'iso8601' | 'rfc822' | 'unixTimestamp';

/** Formats a date the way AWS writes it in the given format. */
export function formatTimestamp(value: Date | number | string, format: TimestampFormat): string | number {
  const date = toDate(value);
  switch (format) {
    case 'unixTimestamp': {
      const seconds = date.getTime() / 1000;
      return Number.isInteger(seconds) ? seconds : Math.round(seconds * 1000) / 1000;
    }
    case 'rfc822':
      return date.toUTCString();
    case 'iso8601': {
      // AWS writes milliseconds only when they are not zero: 2024-01-02T03:04:05Z.
      const iso = date.toISOString();
      return date.getUTCMilliseconds() === 0 ? iso.replace('.000Z', 'Z') : iso;
    }
  }
}

/** Parses a timestamp a client sent; throws the protocol-neutral validation error when bad. */
export function parseTimestamp(raw: string | number, format: TimestampFormat | undefined, memberName = 'timestamp'): Date {
  let date: Date;
  if (typeof raw === 'number') {
    date = new Date(raw * 1000);
  } else {
    const text = raw.trim();
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) && format !== 'iso8601' && format !== 'rfc822') {
      date = new Date(Number(text) * 1000);
    } else {
      date = new Date(text);
    }
  }
  if (Number.isNaN(date.getTime())) {
    throw new AwsError('ValidationException', `Value '${String(raw)}' at '${memberName}' failed to satisfy constraint: Member must be a valid timestamp`);
  }
  return date;
}

function toDate(value: Date | number | string): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value * 1000);
  return new Date(value);
}
