/**
 * ts-fsrs's vocabulary — the `State` and `Rating` enums, the four grades, a never-studied card —
 * without loading ts-fsrs. The values are ts-fsrs's own, typed as its enum members, so they mix
 * freely with what scheduler.ts returns. Code on the first page (storage, the queue, the deck
 * list's figures) imports from here: importing them from scheduler.ts would put ts-fsrs and the
 * scheduler (some 7 KiB gzip) into the first page's JavaScript. scheduler.ts re-exports all of it.
 */
import type { Card, Grade, Rating as FsrsRating, State as FsrsState } from 'ts-fsrs';

/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- the point of this module: ts-fsrs's
   enum values, typed as its members, without loading ts-fsrs (fsrs-vocabulary.test.ts checks
   every value against ts-fsrs's). */

/** ts-fsrs's `State`, value for value. */
export const State: {
  readonly New: FsrsState.New;
  readonly Learning: FsrsState.Learning;
  readonly Review: FsrsState.Review;
  readonly Relearning: FsrsState.Relearning;
} = Object.freeze({ New: 0, Learning: 1, Review: 2, Relearning: 3 });
export type State = FsrsState;

/** ts-fsrs's `Rating`, value for value. */
export const Rating: {
  readonly Manual: FsrsRating.Manual;
  readonly Again: FsrsRating.Again;
  readonly Hard: FsrsRating.Hard;
  readonly Good: FsrsRating.Good;
  readonly Easy: FsrsRating.Easy;
} = Object.freeze({ Manual: 0, Again: 1, Hard: 2, Good: 3, Easy: 4 });
export type Rating = FsrsRating;

/* eslint-enable @typescript-eslint/no-unsafe-enum-assignment */

/** The answer buttons in display order. */
export const GRADES: readonly Grade[] = Object.freeze([
  Rating.Again,
  Rating.Hard,
  Rating.Good,
  Rating.Easy,
]);

/**
 * The FSRS fields of a card never studied, due at `now`: what ts-fsrs's `createEmptyCard`
 * returns (a test compares the two).
 *
 * @example
 * const card = { id: 'deck:faq:1a2b', ...newCardState(new Date('2026-03-01T09:00:00Z')) };
 */
export function newCardState(now: Date): Card {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    // ts-fsrs 5 still requires this field on Card; it goes away in 6.0.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: 0,
    scheduled_days: 0,
    reps: 0,
    lapses: 0,
    learning_steps: 0,
    state: State.New,
    last_review: undefined,
  };
}

/**
 * Only the FSRS fields of a card, so extra fields of a stored or imported record (text, flags,
 * import metadata) neither reach ts-fsrs nor travel with the scheduling state.
 *
 * @example
 * fsrsFields({ ...newCardState(now), id: 'x', front: 'Q' }); // no `id`, no `front`
 */
export function fsrsFields(card: Card): Card {
  const fields: Card = {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    // ts-fsrs 5 still requires this field on Card; it goes away in 6.0.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review !== undefined) fields.last_review = card.last_review;
  return fields;
}
