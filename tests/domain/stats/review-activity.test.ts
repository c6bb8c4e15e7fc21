// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reviewsPerDay, streaks, todayStats } from '../../../src/domain/stats/review-activity.ts';
import { CLOCK, Rating, State, logAt, studyDaysFrom } from './stats-fixtures.ts';

// Today's study day began 2026-03-15T04:00Z.
const LOGS = [
  logAt('2026-03-13T03:59:00Z', Rating.Good, State.New, 0, 'c0'), // the 12th: out of 3 days
  logAt('2026-03-13T04:00:00Z', Rating.Good, State.New, 0, 'c0'), // the 13th
  logAt('2026-03-15T03:30:00Z', Rating.Good, State.Review, 25, 'c4'), // still the 14th
  logAt('2026-03-15T04:00:00Z', Rating.Good, State.New, 0, 'c1', 2000),
  logAt('2026-03-15T04:10:00Z', Rating.Again, State.Learning, 0, 'c1', 3000),
  logAt('2026-03-15T09:00:00Z', Rating.Good, State.Review, 5, 'c2', 4000),
  logAt('2026-03-15T09:30:00Z', Rating.Again, State.Review, 30, 'c3', -500),
  logAt('2026-03-15T09:59:00Z', Rating.Hard, State.Relearning, 0, 'c3', 1000),
  logAt('2026-03-16T05:00:00Z', Rating.Good, State.Review, 5, 'c9'), // tomorrow: a wrong clock
];

describe('todayStats: answers since 4 AM', () => {
  it('counts answers, distinct cards, time, Again share and retention', () => {
    expect(todayStats(LOGS, CLOCK)).toEqual({
      answers: 5,
      cardsStudied: 3,
      timeSpentMs: 10_000, // the negative duration counts as zero
      againCount: 2,
      againShare: 0.4,
      // Only the two review answers count: c2 passed (young), c3 failed (mature).
      retention: { passed: 1, failed: 1 },
    });
  });

  it.each([
    ['2026-03-15T03:59:59Z', 1], // before 4 AM it is still the 14th: only the 03:30 answer
    ['2026-03-16T03:59:00Z', 5], // late at night the 15th goes on
    ['2026-03-16T04:00:00Z', 1], // the 16th began: only the answer dated the 16th
  ])('at %s, today has %i answers', (now, answers) => {
    expect(todayStats(LOGS, { ...CLOCK, now: new Date(now) }).answers).toBe(answers);
  });

  it('is all zeros without answers', () => {
    expect(todayStats([], CLOCK)).toEqual({
      answers: 0,
      cardsStudied: 0,
      timeSpentMs: 0,
      againCount: 0,
      againShare: 0,
      retention: { passed: 0, failed: 0 },
    });
  });
});

describe('reviewsPerDay: stacked by learning / young / mature / relearning', () => {
  it('has one row per day, oldest first, with zeros for days without answers', () => {
    expect(reviewsPerDay(studyDaysFrom(LOGS), 3, CLOCK)).toEqual([
      {
        day: '2026-03-13',
        learning: 1,
        young: 0,
        mature: 0,
        relearning: 0,
        total: 1,
        timeMs: 1000,
      },
      {
        day: '2026-03-14',
        learning: 0,
        young: 0,
        mature: 1,
        relearning: 0,
        total: 1,
        timeMs: 1000,
      },
      {
        day: '2026-03-15',
        learning: 2,
        young: 1,
        mature: 1,
        relearning: 1,
        total: 5,
        timeMs: 10_000,
      },
    ]);
  });

  it.each([30, 90, 365])('has %i rows ending today', (days) => {
    const rows = reviewsPerDay(studyDaysFrom([]), days, CLOCK);
    expect(rows).toHaveLength(days);
    expect(rows.at(-1)?.day).toBe('2026-03-15');
  });
});

/** One answer at noon UTC on each day `ago` days before the 15th. */
function studiedOn(...agos: number[]) {
  return agos.map((ago) =>
    logAt(new Date(Date.UTC(2026, 2, 15 - ago, 12)).toISOString(), Rating.Good),
  );
}

describe('streaks by study day', () => {
  it.each([
    ['studied today and the two days before, a gap, then two more', [0, 1, 2, 4, 5], 3, 3, 5],
    ['not yet today: the streak up to yesterday still counts', [1, 2, 3], 3, 3, 3],
    ['yesterday missed: the streak is broken', [2, 3], 0, 2, 2],
    ['today after a missed day', [0, 2, 3, 4, 5], 1, 4, 5],
    ['only today', [0], 1, 1, 1],
    ['never', [], 0, 0, 0],
    ['several answers on one day count once', [0, 0, 1, 1, 1], 2, 2, 2],
  ])('%s', (_name, agos, current, longest, daysStudied) => {
    expect(streaks(studyDaysFrom(studiedOn(...agos)))).toEqual({ current, longest, daysStudied });
  });

  it('counts an answer at 3 AM for the day before (4 AM rollover)', () => {
    const logs = [logAt('2026-03-14T05:00:00Z'), logAt('2026-03-15T03:00:00Z')];
    expect(streaks(studyDaysFrom(logs))).toEqual({ current: 1, longest: 1, daysStudied: 1 });
    const acrossMidnight = [logAt('2026-03-13T23:00:00Z'), logAt('2026-03-14T01:00:00Z')];
    // Both belong to the 13th; the 14th was missed, so no current streak.
    expect(streaks(studyDaysFrom(acrossMidnight))).toEqual({
      current: 0,
      longest: 1,
      daysStudied: 1,
    });
  });

  it('ignores answers dated after today', () => {
    expect(streaks(studyDaysFrom([logAt('2026-03-17T12:00:00Z')]))).toEqual({
      current: 0,
      longest: 0,
      daysStudied: 0,
    });
  });
});
