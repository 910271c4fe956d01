/**
 * The shared ranges (src/shared/limits.ts) with the checks the engine and the CLI use: a value out of range
 * becomes one UserFacingError naming the option or setting and its range.
 */
import { describeRange, isInRange, type NumericRange } from '../shared/limits';
import { UserFacingError } from './types';

export * from '../shared/limits';

/** The value itself when it is in range; otherwise a UserFacingError naming `label` and the range. */
export function checkInRange(limit: NumericRange, value: unknown, label: string): number {
  if (isInRange(limit, value)) return value;
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  throw new UserFacingError(`${label} must be ${describeRange(limit)} (${limit.what}); got ${shown}`);
}

/** For values that may be absent: undefined passes, anything else must be in range. */
export function checkOptionalInRange(limit: NumericRange, value: unknown, label: string): number | undefined {
  return value === undefined ? undefined : checkInRange(limit, value, label);
}
