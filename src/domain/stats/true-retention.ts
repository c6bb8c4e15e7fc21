/**
 * True retention as Anki 24.11+ shows it: the share of passed answers (Hard, Good, Easy against
 * Again) among answers to cards that were in review, split into young and mature cards by the
 * interval they had reached, over today, the last 7, 30 and 365 study days. Unlike FSRS's desired
 * retention (a target) this is what the learner actually got.
 */
import { countsForRetention, MATURE_INTERVAL_DAYS, tally } from './classify.ts';
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

const EMPTY: PassFail = { passed: 0, failed: 0 };

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
  const result = Object.fromEntries(
    periods.map(([period]) => [period, { young: EMPTY, mature: EMPTY, all: EMPTY }]),
  ) as Record<RetentionPeriod, RetentionRow>;
  for (const log of logs) {
    if (!countsForRetention(log)) continue;
    const ago = daysAgo(log.review);
    if (ago < 0) continue;
    const mature = log.scheduled_days >= MATURE_INTERVAL_DAYS;
    for (const [period, length] of periods) {
      if (ago >= length) continue;
      const row = result[period];
      result[period] = {
        young: mature ? row.young : tally(row.young, log.rating),
        mature: mature ? tally(row.mature, log.rating) : row.mature,
        all: tally(row.all, log.rating),
      };
    }
  }
  return result;
}
