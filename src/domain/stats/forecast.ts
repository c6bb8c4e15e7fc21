/**
 * What is coming: how many cards fall due on each of the next study days. Overdue cards are due
 * today, so they count in today's bar (and separately, so the screen can say how many are late).
 * New and suspended cards are not scheduled and not counted; a buried card counts on the day it
 * comes back.
 */
import { State } from '../scheduling/scheduler.ts';
import { daysAgoFrom, keyOfDayNumber, studyDayNumber } from './stats-days.ts';
import type { StatsCard, StatsClock } from './stats-types.ts';

export interface ForecastDay {
  /** `YYYY-MM-DD` of the study day. */
  readonly day: string;
  /** Study days from today (0 = today). */
  readonly offset: number;
  readonly due: number;
}

export interface DueForecast {
  /** One entry per study day from today, `days` long. */
  readonly days: ForecastDay[];
  /** Cards due on the days shown, overdue ones included: the sum of the bars. */
  readonly inPeriod: number;
  /** Cards whose due day has passed; included in today's count. */
  readonly overdue: number;
  /** Scheduled cards due after the last day shown. */
  readonly later: number;
}

/**
 * Due cards per study day for the next `days` days.
 *
 * @example
 * dueForecast(cards, 30, clock).days[1]; // { day: '2026-03-16', offset: 1, due: 12 }
 */
export function dueForecast(
  cards: readonly StatsCard[],
  days: number,
  clock: StatsClock,
): DueForecast {
  const today = studyDayNumber(clock.now, clock);
  const daysAgo = daysAgoFrom(clock);
  const counts = new Array<number>(days).fill(0);
  let overdue = 0;
  let later = 0;
  for (const card of cards) {
    if (card.state === State.New || card.suspended) continue;
    const comesBack =
      card.buriedUntil !== null && card.buriedUntil > card.due ? card.buriedUntil : card.due;
    const offset = -daysAgo(comesBack);
    if (offset < 0) overdue += 1;
    const bucket = Math.max(0, offset);
    if (bucket < days) counts[bucket] = (counts[bucket] ?? 0) + 1;
    else later += 1;
  }
  return {
    days: counts.map((due, offset) => ({ day: keyOfDayNumber(today + offset), offset, due })),
    inPeriod: counts.reduce((sum, due) => sum + due, 0),
    overdue,
    later,
  };
}
