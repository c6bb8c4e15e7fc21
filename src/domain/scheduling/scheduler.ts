/**
 * FSRS scheduling for one deck, the only gateway to ts-fsrs: storage and UI use these functions
 * and the types re-exported here, so a ts-fsrs upgrade touches this folder alone.
 *
 * Every function takes `now`. Fuzz is seeded from the card id and its repetition count, so the
 * same answer at the same moment always gives the same due date (a preview shown on a button is
 * the interval the answer then gets, and tests can repeat results).
 */
import {
  StrategyMode,
  fsrs,
  generatorParameters,
  type AbstractScheduler,
  type Card,
  type FSRS,
  type Grade,
  type ReviewLog,
} from 'ts-fsrs';
import type { DeckOptions } from './deck-options.ts';
import { formatInterval } from './format-interval.ts';
import { deckWeights } from './retrievability.ts';
import { fsrsFields, Rating } from './fsrs-vocabulary.ts';

// ts-fsrs's own names, kept so code and docs match the library (see the design guide). They
// live in fsrs-vocabulary.ts, which code on the first page imports directly.
export { GRADES, Rating, State, newCardState } from './fsrs-vocabulary.ts';
/** The FSRS fields of a card (due, stability, difficulty, reps, lapses, state, …). */
export type FsrsCard = Card;
/**
 * What ts-fsrs logs for one answer. Note that `state` is the card's state *before* the answer
 * (New for a card's first answer) and `review` is the moment of the answer.
 */
export type FsrsReviewLog = ReviewLog;
/** The four answer buttons: Rating without `Manual`. */
export type { Grade };

/** A card as the scheduler sees it: the FSRS fields plus the id that seeds its fuzz. */
export interface SchedulingCard extends FsrsCard {
  id: string;
}

/** A deck's scheduler: build it once per options object with {@link createScheduler}. */
export interface Scheduler {
  readonly options: DeckOptions;
  /** The ts-fsrs instance; use the functions of this module rather than calling it directly. */
  readonly engine: FSRS;
}

export interface AnswerResult {
  readonly card: SchedulingCard;
  readonly log: FsrsReviewLog;
}

export interface IntervalPreview {
  readonly rating: Grade;
  readonly due: Date;
  /** `due - now` in milliseconds. */
  readonly intervalMs: number;
  /** Short label for the button, see {@link formatInterval}. */
  readonly label: string;
}

/**
 * Seeds the fuzz with `${card id}:${reps}`. ts-fsrs's default seed mixes in the review time, so
 * answering a second later would give another interval than the one the button showed. Its own
 * `GenSeedStrategyWithCardId` concatenates id and reps without a separator (`ab1`+`2` and `ab`+`12`
 * collide). ts-fsrs calls this with its scheduler as `this`; the card it reads (`current`, with
 * `reps` already counting this answer) is protected, hence `Reflect.get`.
 */
function cardIdSeed(this: AbstractScheduler): string {
  const current: unknown = Reflect.get(this, 'current');
  if (typeof current !== 'object' || current === null) return '';
  const id: unknown = Reflect.get(current, 'id');
  const reps: unknown = Reflect.get(current, 'reps');
  return `${typeof id === 'string' ? id : ''}:${typeof reps === 'number' ? reps : 0}`;
}

/**
 * Builds the scheduler for one deck's options (short-term steps on, fuzz as configured, the
 * deck's fitted FSRS weights when it has them, else FSRS's defaults). The
 * options are trusted: pass them through `validateDeckOptions` where they come from outside.
 *
 * @example
 * const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
 */
export function createScheduler(options: DeckOptions): Scheduler {
  const engine = fsrs(
    generatorParameters({
      request_retention: options.desiredRetention,
      maximum_interval: options.maximumIntervalDays,
      learning_steps: options.learningSteps,
      relearning_steps: options.relearningSteps,
      enable_fuzz: options.enableFuzz,
      enable_short_term: true,
      w: deckWeights(options),
    }),
  ).useStrategy(StrategyMode.SEED, cardIdSeed);
  return { options, engine };
}

/**
 * Answers a card: its new FSRS state and the log row to store. The returned card holds exactly
 * the FSRS fields and the id; merge it into the stored record (`{ ...record, ...result.card }`).
 *
 * @example
 * const { card, log } = answer(scheduler, card, Rating.Good, now);
 */
export function answer(
  scheduler: Scheduler,
  card: SchedulingCard,
  rating: Grade,
  now: Date,
): AnswerResult {
  const input = asOf(card, now);
  const { card: next, log } = scheduler.engine.next(input, now, rating);
  return { card: schedulingFields({ ...next, id: card.id }), log };
}

/**
 * What each answer button would do now: the due date and its short label ("1m", "10m", "3d").
 * With fuzz on, the same card, reps and `now` give the same dates as {@link answer}.
 *
 * @example
 * const preview = previewIntervals(scheduler, card, now);
 * preview[Rating.Good].label; // '10m' for a new card with the default steps
 */
export function previewIntervals(
  scheduler: Scheduler,
  card: SchedulingCard,
  now: Date,
): Record<Grade, IntervalPreview> {
  const record = scheduler.engine.repeat(asOf(card, now), now);
  const preview = (rating: Grade): IntervalPreview => {
    const due = record[rating].card.due;
    const intervalMs = due.getTime() - now.getTime();
    return { rating, due, intervalMs, label: formatInterval(intervalMs) };
  };
  return {
    [Rating.Again]: preview(Rating.Again),
    [Rating.Hard]: preview(Rating.Hard),
    [Rating.Good]: preview(Rating.Good),
    [Rating.Easy]: preview(Rating.Easy),
  };
}

/**
 * The card's scheduling fields as seen at `now`. A last review after `now` (the device clock
 * moved back, or a backup or another device's clock ran ahead) counts as given just now:
 * ts-fsrs refuses a negative elapsed time, and zero is the honest reading of "not yet".
 */
function asOf(card: SchedulingCard, now: Date): SchedulingCard {
  const fields = schedulingFields(card);
  if (fields.last_review !== undefined && fields.last_review > now) fields.last_review = now;
  return fields;
}

/**
 * Copies only the scheduling fields, so extra fields of a stored record (text, flags) neither
 * reach ts-fsrs nor come back in the result.
 */
function schedulingFields(card: SchedulingCard): SchedulingCard {
  return { id: card.id, ...fsrsFields(card) };
}
