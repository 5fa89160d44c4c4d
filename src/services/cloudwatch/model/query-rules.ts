import { invalidParameterValue, missingParameter } from '../errors.js';
import { STANDARD_UNITS, type Dimension } from '../model.js';
import { isValidPeriod } from './periods.js';

/** Checks shared by GetMetricStatistics and GetMetricData's time window. */
export function requireParameter<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null) throw missingParameter(`The parameter ${name} is required.`);
  return value;
}

export function checkTimeWindow(start: Date, end: Date): void {
  if (!(start.getTime() < end.getTime())) {
    throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
  }
}

export function checkPeriod(period: number, name: string): void {
  if (!isValidPeriod(period)) {
    throw invalidParameterValue(`The parameter ${name} must be 1, 5, 10, 30, or a multiple of 60.`);
  }
}

export function checkUnit(unit: string | undefined, name: string): void {
  if (unit !== undefined && !STANDARD_UNITS.has(unit)) {
    throw invalidParameterValue(`The parameter ${name} must be a value in the set [ ${[...STANDARD_UNITS].join(', ')} ].`);
  }
}

export function checkDimensions(dimensions: readonly Dimension[] | undefined, name: string): void {
  if ((dimensions ?? []).length > 30) {
    throw invalidParameterValue(`The collection ${name} must not have a size greater than 30.`);
  }
}
