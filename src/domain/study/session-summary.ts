/**
 * The summary shown when a study session ends: how much was studied, how long it took, how often
 * the answer was Again, and when the deck next has something due.
 */
import { Rating, type Grade } from '../scheduling/scheduler.ts';

export interface SessionAnswer {
  readonly cardId: string;
  readonly rating: Grade;
  /** Time from showing the question to answering. */
  readonly durationMs: number;
}

export interface RatingCounts {
  readonly again: number;
  readonly hard: number;
  readonly good: number;
  readonly easy: number;
}

export interface SessionSummary {
  /** Number of answers given (a card answered three times counts three times). */
  readonly answers: number;
  /** Number of distinct cards answered. */
  readonly cardsStudied: number;
  /** Sum of the answers' durations; negative durations (clock changes) count as zero. */
  readonly timeSpentMs: number;
  readonly ratings: RatingCounts;
  /** Share of answers that were Again, 0–1; 0 when there were no answers. */
  readonly againShare: number;
  /** Earliest due date among the cards given, `null` when none were given. */
  readonly nextDue: Date | null;
}

/**
 * Summarises a session from its answers, and finds the next due date among `cards` (pass the
 * deck's cards that are still scheduled, e.g. the learning cards left and tomorrow's reviews).
 *
 * @example
 * summarizeSession(
 *   [{ cardId: 'a', rating: Rating.Again, durationMs: 4000 },
 *    { cardId: 'a', rating: Rating.Good, durationMs: 2000 }],
 *   [{ due: new Date('2026-03-02T09:00:00Z') }],
 * );
 * // { answers: 2, cardsStudied: 1, timeSpentMs: 6000, againShare: 0.5, nextDue: 2026-03-02T09:00Z, … }
 */
export function summarizeSession(
  answers: readonly SessionAnswer[],
  cards: Iterable<{ readonly due: Date }>,
): SessionSummary {
  const ratings = { again: 0, hard: 0, good: 0, easy: 0 };
  const cardIds = new Set<string>();
  let timeSpentMs = 0;
  for (const entry of answers) {
    cardIds.add(entry.cardId);
    timeSpentMs += Math.max(0, entry.durationMs);
    switch (entry.rating) {
      case Rating.Again:
        ratings.again += 1;
        break;
      case Rating.Hard:
        ratings.hard += 1;
        break;
      case Rating.Good:
        ratings.good += 1;
        break;
      case Rating.Easy:
        ratings.easy += 1;
        break;
    }
  }

  let nextDueMs = Infinity;
  for (const card of cards) nextDueMs = Math.min(nextDueMs, card.due.getTime());

  return {
    answers: answers.length,
    cardsStudied: cardIds.size,
    timeSpentMs,
    ratings,
    againShare: answers.length === 0 ? 0 : ratings.again / answers.length,
    nextDue: nextDueMs === Infinity ? null : new Date(nextDueMs),
  };
}
