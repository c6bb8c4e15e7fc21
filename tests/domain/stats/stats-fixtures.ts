import { Rating, State, newCardState } from '../../../src/domain/scheduling/scheduler.ts';
import { digestPagesOf, type CardDigestPage } from '../../../src/domain/stats/card-digest.ts';
import {
  studyDaysOf,
  summarizeReviews,
  type ReviewDay,
  type StudyDays,
} from '../../../src/domain/stats/review-days.ts';
import type { StatsCard, StatsClock, StatsLog } from '../../../src/domain/stats/stats-types.ts';

/** Sunday 2026-03-15 10:00 UTC; days start at 4 AM UTC, so "today" began 2026-03-15T04:00Z. */
export const NOW = new Date('2026-03-15T10:00:00Z');
export const CLOCK: StatsClock = { now: NOW, dayStartHour: 4, timeZone: 'UTC' };

/** A review-log row answered at `at` (ISO, UTC). */
export function logAt(
  at: string,
  rating: Rating = Rating.Good,
  state: State = State.Review,
  scheduledDays = 5,
  cardId = 'c1',
  durationMs = 1000,
): StatsLog {
  return { cardId, review: new Date(at), rating, state, scheduled_days: scheduledDays, durationMs };
}

/** A card in `state` with the given FSRS fields; new by default. */
export function cardOf(fields: Partial<StatsCard> & { id: string }): StatsCard {
  return {
    ...newCardState(new Date('2026-01-01T00:00:00Z')),
    suspended: false,
    buriedUntil: null,
    ...fields,
  };
}

/** The review days of answers to one deck, as stats-summaries.ts stores them. */
export function reviewDaysOf(logs: readonly StatsLog[]): ReviewDay[] {
  return summarizeReviews(logs.map((log) => ({ ...log, deckId: 'd' })));
}

/** The study days of answers under `clock`, through the stored summary. */
export function studyDaysFrom(logs: readonly StatsLog[], clock: StatsClock = CLOCK): StudyDays {
  return studyDaysOf(reviewDaysOf(logs), clock);
}

/** The packed pages of cards of one deck, as stats-summaries.ts stores them. */
export function pagesOf(cards: readonly StatsCard[]): CardDigestPage[] {
  return digestPagesOf(cards.map((card) => ({ ...card, deckId: 'd' })));
}

export { Rating, State };
