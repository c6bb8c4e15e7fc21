/**
 * A card's scheduling state from its review log alone: the answers replayed in order from a new
 * card, with the deck's scheduler. "Check database" compares the stored state with the replay and
 * puts the replayed state back where they disagree (see historyDifferences for what is judged).
 *
 * Only a complete history can be replayed: one whose first answer was given to a new card. A
 * card whose history starts later (imported states without their first answers) or that has no
 * answers is not judged.
 */
import { replayAnswer } from './replay-answer.ts';
import { newCardState, Rating, State, type Scheduler } from './scheduler.ts';
import type { FsrsCard, FsrsReviewLog, Grade, SchedulingCard } from './scheduler.ts';

/** What a replay needs of one log row. */
export type ReplayLog = Pick<FsrsReviewLog, 'rating' | 'state' | 'review' | 'due'>;

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
    const result = replayAnswer(scheduler, card, given.rating, given.review);
    card = result.card;
    logs.push(result.log);
  }
  return { card, logs };
}

/**
 * The card after a Manual log row: a reset or reschedule done by hand (card-actions.ts), read as
 * ts-fsrs's `reschedule` reads a Manual history entry: `state` is the state the row set. `New`
 * makes the card new again at `review` (what "Reset to new" does); any other state moves its due
 * date to `due` (what "Reschedule" does), and a card that is new at that point stays new, as
 * rescheduling leaves new cards alone.
 *
 * @example
 * applyManual(card, { state: State.New, due: now, review: now }).state; // State.New
 */
export function applyManual(
  card: SchedulingCard,
  row: Pick<ReplayLog, 'state' | 'due' | 'review'>,
): SchedulingCard {
  if (row.state === State.New) return { id: card.id, ...newCardState(row.review) };
  return card.state === State.New ? card : { ...card, due: row.due };
}

/**
 * The Manual log row of a reset or reschedule by hand that turned `before` into `after` at `now`
 * (read back by {@link applyManual}): the state and due date it set, and the memory state the card
 * had, as Anki keeps a Manual revlog entry.
 *
 * @example
 * manualLog(card, { ...card, ...newCardState(now) }, now).state; // State.New (a reset)
 */
export function manualLog(before: FsrsCard, after: FsrsCard, now: Date): FsrsReviewLog {
  return {
    rating: Rating.Manual,
    state: after.state,
    due: after.due,
    stability: before.stability,
    difficulty: before.difficulty,
    // ts-fsrs 5 still requires these fields on a log; they go away in 6.0.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: 0,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    last_elapsed_days: before.elapsed_days,
    scheduled_days: before.scheduled_days,
    learning_steps: before.learning_steps,
    review: now,
  };
}

/**
 * A new card (as of the first row) put through `ordered` (oldest first): answers with the
 * scheduler, Manual rows by {@link applyManual}.
 *
 * @example
 * replayInOrder(scheduler, 'deck:faq:1', logs).reps; // the answers since the last reset
 */
export function replayInOrder(
  scheduler: Scheduler,
  cardId: string,
  ordered: readonly ReplayLog[],
): SchedulingCard {
  let card: SchedulingCard = { id: cardId, ...newCardState(ordered[0]?.review ?? new Date(0)) };
  for (const log of ordered) {
    card =
      log.rating === Rating.Manual
        ? applyManual(card, log)
        : replayAnswer(scheduler, card, log.rating, log.review).card;
  }
  return card;
}

/**
 * The card's FSRS state after replaying `logs` (any order; replayed by time), or `null` when they
 * are no complete history (none, or the first row was neither an answer to a new card nor a
 * reset). Manual rows count as {@link applyManual} says.
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
  return replayInOrder(scheduler, cardId, ordered);
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
