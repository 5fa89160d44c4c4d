import { invalidArgument } from '../errors.js';
import { Violations } from './violations.js';

export const MIN_RETENTION_HOURS = 24;
export const MAX_RETENTION_HOURS = 8760;

/** The bounds both retention operations check before comparing with the stream's current period. */
export function checkRetentionHours(hours: number | undefined): number {
  const v = new Violations();
  v.required(hours, 'retentionPeriodHours');
  v.throwIfAny();
  if (hours! < MIN_RETENTION_HOURS) {
    throw invalidArgument(`Minimum allowed retention period is ${MIN_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too short.`);
  }
  if (hours! > MAX_RETENTION_HOURS) {
    throw invalidArgument(`Maximum allowed retention period is ${MAX_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too long.`);
  }
  return hours!;
}
