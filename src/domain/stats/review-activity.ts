/**
 * What the review log says about study days: today's work, answers per day stacked by kind (the
 * review-count graph), the calendar of daily answers and the streaks of days studied in a row.
 * A day is a study day (it starts at the configured hour), so an answer at 1 AM belongs to the
 * evening before.
 */
import { Rating } from '../scheduling/scheduler.ts';
import { countsForRetention, tally, type ReviewKind } from './classify.ts';
import type { StudyDays } from './review-days.ts';
import { daysAgoFrom, keyOfDayNumber, studyDayNumber } from './stats-days.ts';
import type { PassFail, StatsClock, StatsLog } from './stats-types.ts';

export interface TodayStats {
  /** Answers given today (a card answered three times counts three times). */
  readonly answers: number;
  /** Distinct cards answered today. */
  readonly cardsStudied: number;
  readonly timeSpentMs: number;
  readonly againCount: number;
  /** Share of today's answers that were Again, 0–1; 0 when there were none. */
  readonly againShare: number;
  /** Today's answers that count for true retention (see `countsForRetention`). */
  readonly retention: PassFail;
}

/**
 * Today's figures, as Anki's "Today" panel shows them.
 *
 * @example
 * todayStats(logs, { now: new Date('2026-03-15T10:00:00Z'), dayStartHour: 4, timeZone: 'UTC' });
 * // { answers: 6, cardsStudied: 6, timeSpentMs: 42000, againShare: 0, … }
 */
export function todayStats(logs: readonly StatsLog[], clock: StatsClock): TodayStats {
  const daysAgo = daysAgoFrom(clock);
  const cards = new Set<string>();
  let answers = 0;
  let timeSpentMs = 0;
  let againCount = 0;
  let retention: PassFail = { passed: 0, failed: 0 };
  for (const log of logs) {
    if (daysAgo(log.review) !== 0 || log.rating === Rating.Manual) continue;
    answers += 1;
    cards.add(log.cardId);
    timeSpentMs += Math.max(0, log.durationMs);
    if (log.rating === Rating.Again) againCount += 1;
    if (countsForRetention(log)) retention = tally(retention, log.rating);
  }
  return {
    answers,
    cardsStudied: cards.size,
    timeSpentMs,
    againCount,
    againShare: answers === 0 ? 0 : againCount / answers,
    retention,
  };
}

export interface DayReviews extends Record<ReviewKind, number> {
  /** `YYYY-MM-DD` of the study day. */
  readonly day: string;
  readonly total: number;
  readonly timeMs: number;
}

/**
 * Answers per study day for the last `days` days (oldest first, today last), split into
 * learning, young, mature and relearning answers; days without answers are present with zeros.
 *
 * @example
 * reviewsPerDay(studyDaysOf(reviewDays, clock), 30, clock).at(-1);
 * // { day: '2026-03-15', learning: 6, young: 0, … }
 */
export function reviewsPerDay(studyDays: StudyDays, days: number, clock: StatsClock): DayReviews[] {
  const today = studyDayNumber(clock.now, clock);
  return Array.from({ length: days }, (_, index) => {
    const ago = days - 1 - index;
    const totals = studyDays.get(ago);
    const [learning = 0, young = 0, mature = 0, relearning = 0] = totals?.kinds ?? [];
    return {
      day: keyOfDayNumber(today - ago),
      learning,
      young,
      mature,
      relearning,
      total: learning + young + mature + relearning,
      timeMs: totals?.timeMs ?? 0,
    };
  });
}

export interface Streaks {
  /**
   * Study days in a row up to today. A day not studied breaks it, but today does not until it
   * is over: with nothing studied yet today, the streak still counts up to yesterday.
   */
  readonly current: number;
  /** The longest run of study days in a row ever, today included. */
  readonly longest: number;
  /** How many distinct study days have answers. */
  readonly daysStudied: number;
}

/**
 * Current and longest streak of days with at least one answer. Answers dated after today (a
 * clock that was wrong) are ignored.
 *
 * @example
 * // Answers on the 12th, 13th, 14th and 15th (today), none on the 11th, some on the 10th:
 * streaks(studyDaysOf(reviewDays, clock)); // { current: 4, longest: 4, daysStudied: 5 }
 */
export function streaks(studyDays: StudyDays): Streaks {
  const studied = new Set([...studyDays.keys()].filter((ago) => ago >= 0));
  let current = 0;
  for (let ago = studied.has(0) ? 0 : 1; studied.has(ago); ago += 1) current += 1;
  const sorted = [...studied].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  sorted.forEach((ago, index) => {
    run = index > 0 && ago === (sorted[index - 1] ?? NaN) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return { current, longest, daysStudied: studied.size };
}
