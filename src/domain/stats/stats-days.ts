/**
 * Study days as whole numbers, so statistics can bucket answers by "days ago" with plain integer
 * arithmetic. A day's number is the count of calendar days from 1970-01-01 to the date its study
 * day began on (see ../study/study-day.ts), so it stays right across daylight-saving changes,
 * where a study day is 23 or 25 hours long and dividing milliseconds by 86 400 000 would not be.
 */
import { studyDayKey } from '../study/study-day.ts';
import type { StatsClock } from './stats-types.ts';

const DAY_MS = 86_400_000;

/**
 * The day number of a `YYYY-MM-DD` key.
 *
 * @example
 * dayNumberOfKey('1970-01-02'); // 1
 */
export function dayNumberOfKey(key: string): number {
  const [year = 0, month = 1, day = 1] = key.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * The `YYYY-MM-DD` key of a day number.
 *
 * @example
 * keyOfDayNumber(20_527); // '2026-03-15'
 */
export function keyOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The number of the study day `at` falls in.
 *
 * @example
 * // 03:00 UTC is still the previous study day when days start at 4 AM.
 * studyDayNumber(new Date('2026-03-15T03:00:00Z'), { now, dayStartHour: 4, timeZone: 'UTC' });
 * // → dayNumberOfKey('2026-03-14')
 */
export function studyDayNumber(at: Date, clock: Omit<StatsClock, 'now'>): number {
  return dayNumberOfKey(studyDayKey(at, clock.dayStartHour, clock.timeZone));
}

/**
 * A function giving how many study days before today (0 = today, negative = in the future) an
 * instant falls. With an explicit zone each key formats a date, so results are cached per quarter
 * hour of the timestamp: day starts fall on a whole local hour, and every zone's offset from UTC
 * is a multiple of 15 minutes, so no quarter hour straddles a day start.
 *
 * @example
 * const ago = daysAgoFrom(clock);
 * ago(clock.now); // 0
 */
export function daysAgoFrom(clock: StatsClock): (at: Date) => number {
  const today = studyDayNumber(clock.now, clock);
  const byQuarter = new Map<number, number>();
  return (at) => {
    const quarter = Math.floor(at.getTime() / 900_000);
    let day = byQuarter.get(quarter);
    if (day === undefined) {
      day = studyDayNumber(at, clock);
      byQuarter.set(quarter, day);
    }
    return today - day;
  };
}
