// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dueForecast } from '../../../src/domain/stats/forecast.ts';
import { CLOCK, State, cardOf } from './stats-fixtures.ts';

const review = (id: string, due: string, extra = {}) =>
  cardOf({ id, state: State.Review, due: new Date(due), scheduled_days: 5, ...extra });

const CARDS = [
  cardOf({ id: 'new', due: new Date('2026-03-15T09:00:00Z') }), // new: not scheduled
  review('suspended', '2026-03-15T12:00:00Z', { suspended: true }),
  review('overdue-days', '2026-03-10T10:00:00Z'), // overdue → today
  cardOf({ id: 'learning', state: State.Learning, due: new Date('2026-03-15T10:10:00Z') }),
  review('overdue-yesterday', '2026-03-15T03:00:00Z'), // yesterday's study day → overdue
  review('late-tonight', '2026-03-16T03:59:00Z'), // still today's study day
  review('tomorrow', '2026-03-16T04:00:00Z'),
  review('day-4', '2026-03-19T12:00:00Z'),
  review('day-5', '2026-03-20T04:00:00Z'), // beyond 5 days shown
  review('buried', '2026-03-15T08:00:00Z', { buriedUntil: new Date('2026-03-16T04:00:00Z') }),
];

describe('dueForecast', () => {
  it('counts due cards per study day, overdue in today, buried on the day they return', () => {
    expect(dueForecast(CARDS, 5, CLOCK)).toEqual({
      days: [
        { day: '2026-03-15', offset: 0, due: 4 },
        { day: '2026-03-16', offset: 1, due: 2 },
        { day: '2026-03-17', offset: 2, due: 0 },
        { day: '2026-03-18', offset: 3, due: 0 },
        { day: '2026-03-19', offset: 4, due: 1 },
      ],
      inPeriod: 7,
      overdue: 2,
      later: 1,
    });
  });

  it('has 30 days of zeros for a deck of new cards', () => {
    const forecast = dueForecast([cardOf({ id: 'a' })], 30, CLOCK);
    expect(forecast.days).toHaveLength(30);
    expect(forecast.days.every((day) => day.due === 0)).toBe(true);
    expect(forecast.days[29]?.day).toBe('2026-04-13');
  });
});
