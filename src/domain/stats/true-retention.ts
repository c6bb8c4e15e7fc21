/**
 * True retention as Anki 24.11+ shows it: the share of passed answers (Hard, Good, Easy against
 * Again) among answers to cards that were in review, split into young and mature cards by the
 * interval they had reached, over today, the last 7, 30 and 365 study days. Unlike FSRS's desired
 * retention (a target) this is what the learner actually got.
 */
import { addPassFail, type StudyDays } from './review-days.ts';
import type { PassFail } from './stats-types.ts';

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
 * const retention = trueRetention(studyDaysOf(reviewDays, clock));
 * retentionRate(retention.month.mature); // e.g. 0.9
 */
export function trueRetention(studyDays: StudyDays): TrueRetention {
  const periods = Object.entries(RETENTION_PERIODS) as [RetentionPeriod, number][];
  return Object.fromEntries(
    periods.map(([period, length]) => {
      let young: PassFail = { passed: 0, failed: 0 };
      let mature: PassFail = { passed: 0, failed: 0 };
      for (const [ago, day] of studyDays) {
        if (ago < 0 || ago >= length) continue;
        young = addPassFail(young, day.youngRetention);
        mature = addPassFail(mature, day.matureRetention);
      }
      return [period, { young, mature, all: addPassFail(young, mature) }];
    }),
  ) as TrueRetention;
}
