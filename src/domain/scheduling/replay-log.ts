/**
 * A card's scheduling state from its review log alone: the answers replayed in order from a new
 * card, with the deck's scheduler. "Check database" compares the stored state with the replay and
 * puts the replayed state back where they disagree (see historyDifferences for what is judged).
 *
 * Only a complete history can be replayed: one whose first answer was given to a new card. A
 * card whose history starts later (imported states without their first answers) or that has no
 * answers is not judged.
 */
import { answer, newCardState, Rating, State, type Scheduler } from './scheduler.ts';
import type { FsrsCard, FsrsReviewLog, Grade, SchedulingCard } from './scheduler.ts';

/** What a replay needs of one log row. */
export type ReplayLog = Pick<FsrsReviewLog, 'rating' | 'state' | 'review'>;

/** One answer given elsewhere (another app's history): the grade and when it was given. */
export interface GivenAnswer {
  readonly rating: Grade;
  readonly review: Date;
}

/**
 * A new card answered `answers` in the given order (oldest first): its FSRS state after them
 * and the log row of each answer, as if they had been given here. An import rebuilds a card's
 * state and history from another app's answers with it.
 *
 * @example
 * replayAnswers(scheduler, 'deck:faq:1', [{ rating: Rating.Good, review }]).logs[0].state; // State.New
 */
export function replayAnswers(
  scheduler: Scheduler,
  cardId: string,
  answers: readonly GivenAnswer[],
): { card: SchedulingCard; logs: FsrsReviewLog[] } {
  const first = answers[0];
  let card: SchedulingCard = { id: cardId, ...newCardState(first?.review ?? new Date(0)) };
  const logs: FsrsReviewLog[] = [];
  for (const given of answers) {
    const result = answer(scheduler, card, given.rating, given.review);
    card = result.card;
    logs.push(result.log);
  }
  return { card, logs };
}

/**
 * The card's FSRS state after replaying `logs` (any order; replayed by time), or `null` when they
 * are no complete history (none, or the first answer was not to a new card, or one is Manual).
 *
 * @example
 * replayLog(scheduler, 'deck:faq:1', logs)?.reps; // logs.length
 */
export function replayLog(
  scheduler: Scheduler,
  cardId: string,
  logs: readonly ReplayLog[],
): SchedulingCard | null {
  const ordered = [...logs].sort((a, b) => a.review.getTime() - b.review.getTime());
  if (ordered[0]?.state !== State.New) return null;
  const answers: GivenAnswer[] = [];
  for (const log of ordered) {
    if (log.rating === Rating.Manual) return null;
    answers.push({ rating: log.rating, review: log.review });
  }
  return replayAnswers(scheduler, cardId, answers).card;
}

/**
 * Where `stored` disagrees with `replayed`: the names of the FSRS fields that differ (empty when
 * they agree). Judged are what the answers alone decide — the number of answers and lapses, the
 * last review, the state — and whether stability, difficulty and due date are usable at all.
 * Their values are not compared: they also follow the deck's options and FSRS weights, which may
 * have changed since the answers were given, and a check must not reschedule a sound card.
 *
 * @example
 * historyDifferences({ ...card, reps: 9 }, card); // ['reps']
 */
export function historyDifferences(stored: FsrsCard, replayed: FsrsCard): string[] {
  const differences: string[] = [];
  for (const field of ['state', 'reps', 'lapses'] as const) {
    if (stored[field] !== replayed[field]) differences.push(field);
  }
  if (stored.last_review?.getTime() !== replayed.last_review?.getTime()) {
    differences.push('last_review');
  }
  if (!(stored.stability > 0) || !Number.isFinite(stored.stability)) differences.push('stability');
  if (!(stored.difficulty >= 1 && stored.difficulty <= 10)) differences.push('difficulty');
  if (Number.isNaN(stored.due.getTime())) differences.push('due');
  return differences;
}
