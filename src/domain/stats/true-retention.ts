/**
 * True retention as Anki 24.11+ shows it: the share of passed answers (Hard, Good, Easy against
 * Again) among answers to cards that were in review, split into young and mature cards by the
 * interval they had reached, over today, the last 7, 30 and 365 study days. Unlike FSRS's desired
 * retention (a target) this is what the learner actually got.
 */
import { Rating } from '../scheduling/fsrs-vocabulary.ts';
import { countsForRetention, MATURE_INTERVAL_DAYS } from './classify.ts';
import { daysAgoFrom } from './stats-days.ts';
import type { PassFail, StatsClock, StatsLog } from './stats-types.ts';

/** Each period's length in study days, today included (as Anki: today, week, month, year). */
export const RETENTION_PERIODS = { today: 1, week: 7, month: 30, year: 365 } as const;
export type RetentionPeriod = keyof typeof RETENTION_PERIODS;

export interface RetentionRow {
  readonly young: PassFail;
  readonly mature: PassFail;
  /** Young and mature together. */
  readonly all: PassFail;
}

export type TrueRetention = Record<RetentionPeriod, RetentionRow>;

/**
 * Pass/fail counts of young and mature answers for each period.
 *
 * @example
 * const retention = trueRetention(logs, clock);
 * retentionRate(retention.month.mature); // e.g. 0.9
 */
export function trueRetention(logs: readonly StatsLog[], clock: StatsClock): TrueRetention {
  const daysAgo = daysAgoFrom(clock);
  const periods = Object.entries(RETENTION_PERIODS) as [RetentionPeriod, number][];
  // Plain counters while counting (this runs over the whole review log); objects at the end.
  const counts = periods.map(() => [0, 0, 0, 0]); // young passed/failed, mature passed/failed
  for (const log of logs) {
    if (!countsForRetention(log)) continue;
    const ago = daysAgo(log.review);
    if (ago < 0) continue;
    const slot =
      (log.scheduled_days >= MATURE_INTERVAL_DAYS ? 2 : 0) + (log.rating === Rating.Again ? 1 : 0);
    periods.forEach(([, length], index) => {
      const row = counts[index];
      if (ago < length && row !== undefined) row[slot] = (row[slot] ?? 0) + 1;
    });
  }
  const pair = (passed = 0, failed = 0): PassFail => ({ passed, failed });
  return Object.fromEntries(
    periods.map(([period], index) => {
      const [youngPassed, youngFailed, maturePassed, matureFailed] = counts[index] ?? [];
      const young = pair(youngPassed, youngFailed);
      const mature = pair(maturePassed, matureFailed);
      return [
        period,
        { young, mature, all: pair(young.passed + mature.passed, young.failed + mature.failed) },
      ];
    }),
  ) as TrueRetention;
}
