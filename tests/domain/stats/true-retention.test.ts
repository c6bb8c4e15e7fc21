// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { retentionRate } from '../../../src/domain/stats/classify.ts';
import { trueRetention } from '../../../src/domain/stats/true-retention.ts';
import { Rating, State, logAt, studyDaysFrom } from './stats-fixtures.ts';

// Comments give the study day's distance from today (the 15th, days start at 4 AM UTC).
const LOGS = [
  logAt('2026-03-15T05:00:00Z', Rating.Good, State.Review, 5), // 0: young pass
  logAt('2026-03-15T06:00:00Z', Rating.Again, State.Review, 21), // 0: mature fail
  logAt('2026-03-15T07:00:00Z', Rating.Good, State.New, 0), // 0: learning, not counted
  logAt('2026-03-15T07:10:00Z', Rating.Again, State.Relearning, 0), // 0: relearning step, not counted
  logAt('2026-03-15T03:59:00Z', Rating.Again, State.Review, 3), // 1: young fail
  logAt('2026-03-09T04:00:00Z', Rating.Hard, State.Review, 30), // 6: mature pass
  logAt('2026-03-08T23:00:00Z', Rating.Easy, State.Review, 10), // 7: young pass
  logAt('2026-02-14T05:00:00Z', Rating.Good, State.Review, 50), // 29: mature pass
  logAt('2026-02-13T05:00:00Z', Rating.Again, State.Review, 2), // 30: young fail
  logAt('2025-03-16T05:00:00Z', Rating.Good, State.Review, 100), // 364: mature pass
  logAt('2025-03-15T05:00:00Z', Rating.Good, State.Review, 100), // 365: older than a year
  logAt('2026-03-16T05:00:00Z', Rating.Again, State.Review, 5), // -1: in the future
];

const pf = (passed: number, failed: number) => ({ passed, failed });

describe('trueRetention: young/mature × today/week/month/year, as Anki', () => {
  const result = trueRetention(studyDaysFrom(LOGS));
  it.each([
    ['today', pf(1, 0), pf(0, 1), pf(1, 1)],
    ['week', pf(1, 1), pf(1, 1), pf(2, 2)],
    ['month', pf(2, 1), pf(2, 1), pf(4, 2)],
    ['year', pf(2, 2), pf(3, 1), pf(5, 3)],
  ] as const)('%s', (period, young, mature, all) => {
    expect(result[period]).toEqual({ young, mature, all });
  });

  it.each([
    ['today', 0.5],
    ['month', 4 / 6],
    ['year', 5 / 8],
  ] as const)('retention %s = %f', (period, rate) => {
    expect(retentionRate(result[period].all)).toBeCloseTo(rate, 10);
  });

  it('is empty (no rate) without review answers', () => {
    const empty = trueRetention(
      studyDaysFrom([logAt('2026-03-15T05:00:00Z', Rating.Good, State.New, 0)]),
    );
    expect(retentionRate(empty.today.all)).toBeNull();
    expect(empty.year).toEqual({ young: pf(0, 0), mature: pf(0, 0), all: pf(0, 0) });
  });
});
