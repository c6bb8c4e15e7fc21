/**
 * Anki's vocabulary for answers and cards. An answer is a learning, young, mature or relearning
 * review by the card's state *before* it; a review counts as mature when the interval the card
 * had reached is 21 days or more (rslib/src/stats/graphs/reviews.rs). A card is new, learning
 * (relearning included), young or mature by its current state and interval, or suspended.
 */
import { Rating, State } from '../scheduling/fsrs-vocabulary.ts';
import { bandOf } from '../study/queue.ts';
import type { PassFail, StatsCard, StatsLog } from './stats-types.ts';

/** Anki's threshold: an interval of 21 days or more makes a review card mature. */
export const MATURE_INTERVAL_DAYS = 21;

export const REVIEW_KINDS = ['learning', 'young', 'mature', 'relearning'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const CARD_STATUSES = ['new', 'learning', 'young', 'mature', 'suspended'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/**
 * The kind of an answer, from the state and interval the card had before it.
 *
 * @example
 * reviewKindOf({ state: State.Review, scheduled_days: 30 }); // 'mature'
 * reviewKindOf({ state: State.New, scheduled_days: 0 });     // 'learning'
 */
export function reviewKindOf(log: Pick<StatsLog, 'state' | 'scheduled_days'>): ReviewKind {
  switch (log.state) {
    case State.New:
    case State.Learning:
      return 'learning';
    case State.Relearning:
      return 'relearning';
    case State.Review:
      return maturityOf(log.scheduled_days);
  }
}

/**
 * Where a card stands now; a suspended card is `suspended` whatever its state, a buried one
 * keeps its state.
 *
 * @example
 * cardStatusOf({ state: State.Review, scheduled_days: 5, suspended: false }); // 'young'
 */
export function cardStatusOf(
  card: Pick<StatsCard, 'state' | 'scheduled_days' | 'suspended'>,
): CardStatus {
  if (card.suspended) return 'suspended';
  const band = bandOf(card.state);
  return band === 'review' ? maturityOf(card.scheduled_days) : band;
}

/**
 * Whether an answer counts towards true retention, as Anki counts it
 * (rslib/src/stats/graphs/retention.rs): a graded answer to a card in review, or to a
 * (re)learning card whose interval had reached a day or more. Answers in minute-long learning
 * steps say nothing about long-term memory and are left out.
 *
 * @example
 * countsForRetention({ rating: Rating.Good, state: State.Review, scheduled_days: 3 }); // true
 * countsForRetention({ rating: Rating.Good, state: State.Learning, scheduled_days: 0 }); // false
 */
export function countsForRetention(
  log: Pick<StatsLog, 'rating' | 'state' | 'scheduled_days'>,
): boolean {
  if (log.rating === Rating.Manual) return false;
  return log.state === State.Review || log.scheduled_days >= 1;
}

/**
 * Share of passed answers, 0–1; `null` when there were none (shown as "no data", not 0%).
 *
 * @example
 * retentionRate({ passed: 9, failed: 1 }); // 0.9
 */
export function retentionRate(counts: PassFail): number | null {
  const total = counts.passed + counts.failed;
  return total === 0 ? null : counts.passed / total;
}

/** Adds one answer to pass/fail counts: Again fails, Hard, Good and Easy pass. */
export function tally(counts: PassFail, rating: Rating): PassFail {
  return rating === Rating.Again
    ? { passed: counts.passed, failed: counts.failed + 1 }
    : { passed: counts.passed + 1, failed: counts.failed };
}

/**
 * Whether a card counts as learned: it has left the learning steps at least once (it is in
 * review, or relearning after a lapse). A suspended card keeps what it had learned.
 *
 * @example
 * isLearned({ state: State.Relearning }); // true
 */
export function isLearned(card: Pick<StatsCard, 'state'>): boolean {
  return card.state === State.Review || card.state === State.Relearning;
}

/** A review card is mature once its interval reaches {@link MATURE_INTERVAL_DAYS}, as in Anki. */
function maturityOf(intervalDays: number): 'young' | 'mature' {
  return intervalDays < MATURE_INTERVAL_DAYS ? 'young' : 'mature';
}
