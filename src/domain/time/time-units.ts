/**
 * Lengths of time in milliseconds, the one place they are written. A day here is 24 hours of
 * elapsed time; where a *calendar* or *study* day is meant (its length changes with daylight
 * saving time), see study/study-day.ts.
 */

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
