/**
 * Study days as whole numbers, so statistics can bucket answers by "days ago" with plain integer
 * arithmetic. A day's number is the count of calendar days from 1970-01-01 to the date its study
 * day began on (see ../study/study-day.ts), so it stays right across daylight-saving changes,
 * where a study day is 23 or 25 hours long and dividing milliseconds by 86 400 000 would not be.
 */
import { nextStudyDayStart, studyDayKey, studyDayStart } from '../study/study-day.ts';
import { DAY_MS } from '../time/time-units.ts';
import type { StatsClock } from './stats-types.ts';

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
 * The study days met so far, as sorted, non-overlapping `[start, end)` ranges of instants with
 * their distance from today. A lookup is a binary search; a miss computes the day's start, end
 * and key once (with an explicit zone each of those formats dates, which is slow), so the cost
 * grows with the number of distinct days, not with the number of answers.
 */
class StudyDayRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly agos: number[] = [];
  private last = -1;

  constructor(
    private readonly clock: StatsClock,
    private readonly today: number,
  ) {}

  daysAgo(at: Date): number {
    const ms = at.getTime();
    // Time-ordered input (the review log) mostly stays in the day looked up last.
    const last = this.last;
    if (last >= 0 && ms >= (this.starts[last] ?? 0) && ms < (this.ends[last] ?? 0)) {
      return this.agos[last] ?? 0;
    }
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] ?? 0) <= ms) low = middle + 1;
      else high = middle;
    }
    // `low - 1` is the last range starting at or before `ms`.
    const index = low - 1;
    if (index >= 0 && ms < (this.ends[index] ?? 0)) {
      this.last = index;
      return this.agos[index] ?? 0;
    }
    const { dayStartHour, timeZone } = this.clock;
    this.starts.splice(low, 0, studyDayStart(at, dayStartHour, timeZone).getTime());
    this.ends.splice(low, 0, nextStudyDayStart(at, dayStartHour, timeZone).getTime());
    const ago = this.today - studyDayNumber(at, this.clock);
    this.agos.splice(low, 0, ago);
    this.last = low;
    return ago;
  }
}

// One cache per clock object: the statistics functions called with the same clock (as
// `computeStatistics` does) share the days already found.
const caches = new WeakMap<StatsClock, (at: Date) => number>();

/**
 * A function giving how many study days before today (0 = today, negative = in the future) an
 * instant falls.
 *
 * @example
 * const ago = daysAgoFrom(clock);
 * ago(clock.now); // 0
 */
export function daysAgoFrom(clock: StatsClock): (at: Date) => number {
  const cached = caches.get(clock);
  if (cached !== undefined) return cached;
  const ranges = new StudyDayRanges(clock, studyDayNumber(clock.now, clock));
  const daysAgo = (at: Date) => ranges.daysAgo(at);
  caches.set(clock, daysAgo);
  return daysAgo;
}
