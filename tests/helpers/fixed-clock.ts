/** A fixed instant for tests: Sunday 2026-03-15 10:00 local time (no DST change nearby). */
export const FIXED_NOW = new Date(2026, 2, 15, 10, 0, 0);

/** `base` plus `minutes`, for stepping a fixed clock forward. */
export function minutesAfter(base: Date, minutes: number): Date {
  return new Date(base.getTime() + minutes * 60_000);
}
