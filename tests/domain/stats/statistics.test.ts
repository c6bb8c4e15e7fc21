// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deckProgress } from '../../../src/domain/stats/deck-progress.ts';
import { computeStatistics } from '../../../src/domain/stats/statistics.ts';
import { CLOCK, Rating, State, cardOf, logAt, pagesOf, reviewDaysOf } from './stats-fixtures.ts';

const CARDS = [
  cardOf({ id: 'n' }),
  cardOf({ id: 'l', state: State.Learning, due: new Date('2026-03-15T10:10:00Z') }),
  cardOf({
    id: 'r',
    state: State.Review,
    scheduled_days: 30,
    due: new Date('2026-03-20T10:00:00Z'),
  }),
  cardOf({ id: 'rl', state: State.Relearning, due: new Date('2026-03-15T10:05:00Z') }),
];
const LOGS = [
  logAt('2026-03-15T09:00:00Z', Rating.Good, State.New, 0, 'l'),
  logAt('2026-03-15T09:30:00Z', Rating.Again, State.Review, 25, 'rl'),
  logAt('2026-03-14T12:00:00Z', Rating.Good, State.Review, 10, 'r'),
  logAt('2026-01-10T12:00:00Z', Rating.Good, State.Review, 4, 'r'),
];

describe('computeStatistics', () => {
  const stats = computeStatistics({
    ...CLOCK,
    cardPages: pagesOf(CARDS),
    reviewDays: reviewDaysOf(LOGS),
    recentLogs: LOGS,
    quizzes: [{ id: 1, finishedAt: new Date('2026-03-15T08:00:00Z'), correct: 3, total: 4 }],
    periodDays: 30,
    deckWeights: {},
  });

  it('puts the figures of one input together', () => {
    expect(stats.today.answers).toBe(2);
    expect(stats.reviews).toHaveLength(30);
    expect(stats.reviews.at(-1)).toMatchObject({ learning: 1, mature: 1, total: 2 });
    expect(stats.calendar).toHaveLength(365);
    expect(stats.calendar.at(-2)).toEqual({ day: '2026-03-14', count: 1 });
    expect(stats.streaks).toEqual({ current: 2, longest: 2, daysStudied: 3 });
    expect(stats.forecast.days[0]?.due).toBe(2);
    expect(stats.forecast.days[5]?.due).toBe(1);
    expect(stats.counts).toMatchObject({ new: 1, learning: 2, mature: 1, total: 4 });
    expect(stats.retention.week.all).toEqual({ passed: 1, failed: 1 });
    expect(stats.retention.year.all).toEqual({ passed: 2, failed: 1 });
    expect(stats.memory.cards).toBe(3);
    expect(stats.quizzes.overall).toBe(0.75);
  });

  it('cuts the review graph to the period but keeps the year for the calendar', () => {
    const year = computeStatistics({
      ...CLOCK,
      cardPages: [],
      reviewDays: reviewDaysOf(LOGS),
      recentLogs: [],
      quizzes: [],
      periodDays: 90,
      deckWeights: {},
    });
    expect(year.reviews).toHaveLength(90);
    expect(year.reviews.reduce((sum, day) => sum + day.total, 0)).toBe(4);
  });
});

describe('deckProgress', () => {
  it('counts learned cards and the last 30 days’ true retention', () => {
    expect(deckProgress(pagesOf(CARDS), reviewDaysOf(LOGS), CLOCK)).toEqual({
      total: 4,
      learned: 2,
      retention: { passed: 1, failed: 1 },
      answers: 3, // the fourth is older than 30 days
    });
  });

  it('has answers but no retention while every answer was to a learning card', () => {
    const learning = [
      logAt('2026-03-15T09:00:00Z', Rating.Good, State.New, 0, 'l'),
      logAt('2026-03-15T09:10:00Z', Rating.Again, State.Learning, 0, 'l'),
    ];
    expect(deckProgress(pagesOf(CARDS), reviewDaysOf(learning), CLOCK)).toMatchObject({
      retention: { passed: 0, failed: 0 },
      answers: 2,
    });
  });
});
