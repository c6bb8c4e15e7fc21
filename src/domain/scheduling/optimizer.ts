/**
 * Fitting FSRS parameters to a deck's review history, the way Anki's "Optimize" does, and
 * measuring how well parameters predict that history.
 *
 * The input is plain review-log rows (any source: this app's log, an imported Anki history). The
 * fitting is done by an injected {@link ParameterFitter} — the open-spaced-repetition optimizer
 * (fsrs-rs compiled to WebAssembly, `fsrs-browser`) in the app — so this module stays pure and
 * testable. FSRS's own rules apply: fewer than {@link MIN_ITEMS_TO_FIT} training items keep the
 * defaults; fewer than {@link MIN_ITEMS_FOR_FULL_FIT} fit only the four initial stabilities; new
 * parameters replace the current ones only when they predict the same history better.
 */
import { default_w, fsrs, generatorParameters, type FSRS } from 'ts-fsrs';
import { studyDayNumber } from '../stats/stats-days.ts';
import { FSRS_PARAMETER_COUNT } from './fsrs-parameters.ts';
import { Rating, State } from './fsrs-vocabulary.ts';

/** FSRS's default weights, the ones every deck starts with. */
export const DEFAULT_FSRS_WEIGHTS: readonly number[] = default_w;

/** fsrs-rs keeps the default parameters below this many training items. */
export const MIN_ITEMS_TO_FIT = 8;
/** fsrs-rs fits only the initial stabilities below this many training items. */
export const MIN_ITEMS_FOR_FULL_FIT = 64;

/** One answer of the review log, as the optimizer needs it. */
export interface ReviewHistoryRow {
  readonly cardId: string;
  readonly rating: Rating;
  /** The card's state before the answer (New for its first answer). */
  readonly state: State;
  readonly review: Date;
}

/** Where study days begin, to count the days between answers as FSRS does. */
export interface HistoryClock {
  readonly dayStartHour: number;
  /** IANA zone; the host's zone when omitted. */
  readonly timeZone?: string;
}

/**
 * The history as FSRS training items, in fsrs-rs's flat layout: item `i` is `lengths[i]`
 * consecutive (rating, days since the previous answer) pairs — one card's answers up to and
 * including the one to predict. Only answers a day or more after the previous one are predicted.
 */
export interface TrainingSet {
  readonly ratings: Uint32Array;
  readonly deltaDays: Uint32Array;
  readonly lengths: Uint32Array;
  /** Reviews used (answers of cards whose history starts with their first answer). */
  readonly reviewCount: number;
}

/**
 * Turns review-log rows into training items. Per card, answers are taken in time order from its
 * first answer (state New) on; a card whose log does not start there (history cut off) is left
 * out, and an answer to a card that is New again (reset) starts its history over. Manual
 * ratings are not answers and are skipped.
 *
 * @example
 * const set = buildTrainingSet(rows, { dayStartHour: 4 });
 * set.lengths.length; // number of items to predict
 */
export function buildTrainingSet(
  rows: readonly ReviewHistoryRow[],
  clock: HistoryClock,
): TrainingSet {
  const byCard = new Map<string, ReviewHistoryRow[]>();
  for (const row of rows) {
    if (row.rating === Rating.Manual) continue;
    const list = byCard.get(row.cardId);
    if (list === undefined) byCard.set(row.cardId, [row]);
    else list.push(row);
  }
  const ratings: number[] = [];
  const deltas: number[] = [];
  const lengths: number[] = [];
  let reviewCount = 0;
  for (const answers of byCard.values()) {
    answers.sort((a, b) => a.review.getTime() - b.review.getTime());
    const start = lastIndexWhere(answers, (answer) => answer.state === State.New);
    if (start < 0) continue;
    const history = answers.slice(start);
    reviewCount += history.length;
    const days = history.map((answer) => studyDayNumber(answer.review, clock));
    const cardDeltas = days.map((day, index) => (index === 0 ? 0 : day - (days[index - 1] ?? day)));
    for (let end = 1; end < history.length; end++) {
      if ((cardDeltas[end] ?? 0) <= 0) continue;
      for (let index = 0; index <= end; index++) {
        ratings.push(history[index]?.rating ?? Rating.Good);
        deltas.push(cardDeltas[index] ?? 0);
      }
      lengths.push(end + 1);
    }
  }
  return {
    ratings: Uint32Array.from(ratings),
    deltaDays: Uint32Array.from(deltas),
    lengths: Uint32Array.from(lengths),
    reviewCount,
  };
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item !== undefined && test(item)) return index;
  }
  return -1;
}

/** What fitting can do with this many training items (FSRS's rules). */
export type FitPlan =
  | { readonly kind: 'tooFew'; readonly items: number; readonly needed: number }
  | { readonly kind: 'initialOnly'; readonly items: number; readonly neededForFull: number }
  | { readonly kind: 'full'; readonly items: number };

/**
 * FSRS's rules for a training set's size.
 *
 * @example
 * fitPlan(5);  // { kind: 'tooFew', items: 5, needed: 8 }
 * fitPlan(20); // { kind: 'initialOnly', items: 20, neededForFull: 64 }
 */
export function fitPlan(items: number): FitPlan {
  if (items < MIN_ITEMS_TO_FIT) return { kind: 'tooFew', items, needed: MIN_ITEMS_TO_FIT };
  if (items < MIN_ITEMS_FOR_FULL_FIT) {
    return { kind: 'initialOnly', items, neededForFull: MIN_ITEMS_FOR_FULL_FIT };
  }
  return { kind: 'full', items };
}

/** How well parameters predict a history: lower is better for both. */
export interface FitMetrics {
  /** Mean binary cross-entropy of the predicted recall probability. */
  readonly logLoss: number;
  /** Root mean square error between predicted and actual recall over 20 probability bins. */
  readonly rmse: number;
}

const BINS = 20;
/** Ratings above Again (1) are passes; the set stores ratings as plain numbers. */
const PASS_THRESHOLD: number = Rating.Again;

/**
 * Log loss and RMSE of `weights` on a training set: for each item, the memory state after all
 * but its last answer, the recall probability at the last answer's delay, and whether that
 * answer was a pass (Hard, Good or Easy).
 *
 * @example
 * evaluateParameters(set, DEFAULT_FSRS_WEIGHTS); // { logLoss: 0.41, rmse: 0.05 }
 */
export function evaluateParameters(set: TrainingSet, weights: readonly number[]): FitMetrics {
  const engine = memoryModel(weights);
  const binCount = new Float64Array(BINS);
  const binPredicted = new Float64Array(BINS);
  const binActual = new Float64Array(BINS);
  let loss = 0;
  let items = 0;
  let offset = 0;
  for (const length of set.lengths) {
    let state: ReturnType<FSRS['next_state']> | null = null;
    for (let index = offset; index < offset + length - 1; index++) {
      state = engine.next_state(state, set.deltaDays[index] ?? 0, set.ratings[index] ?? 0);
    }
    const last = offset + length - 1;
    offset += length;
    if (state === null) continue;
    const predicted = clampProbability(
      engine.forgetting_curve(set.deltaDays[last] ?? 0, state.stability),
    );
    const recalled = (set.ratings[last] ?? 0) > PASS_THRESHOLD ? 1 : 0;
    loss -= recalled * Math.log(predicted) + (1 - recalled) * Math.log(1 - predicted);
    const bin = Math.min(BINS - 1, Math.floor(predicted * BINS));
    binCount[bin] = (binCount[bin] ?? 0) + 1;
    binPredicted[bin] = (binPredicted[bin] ?? 0) + predicted;
    binActual[bin] = (binActual[bin] ?? 0) + recalled;
    items++;
  }
  if (items === 0) return { logLoss: Number.NaN, rmse: Number.NaN };
  let squared = 0;
  for (let bin = 0; bin < BINS; bin++) {
    const count = binCount[bin] ?? 0;
    if (count === 0) continue;
    const gap = ((binPredicted[bin] ?? 0) - (binActual[bin] ?? 0)) / count;
    squared += count * gap * gap;
  }
  return { logLoss: loss / items, rmse: Math.sqrt(squared / items) };
}

function memoryModel(weights: readonly number[]): FSRS {
  return fsrs(generatorParameters({ w: weights, enable_short_term: true, enable_fuzz: false }));
}

function clampProbability(p: number): number {
  return Math.min(Math.max(p, 1e-4), 1 - 1e-4);
}

/**
 * The optimizer proper: fsrs-browser's `Fsrs` has this method. `P` is its progress handle
 * (fsrs-browser's `Progress`, which another thread reads while the fitting runs).
 */
export interface ParameterFitter<P = never> {
  computeParameters(
    ratings: Uint32Array,
    deltaTs: Uint32Array,
    lengths: Uint32Array,
    progress: P | undefined,
    enableShortTerm: boolean,
  ): Float32Array;
}

/** The outcome of optimizing: the figures of the current and (when fitted) the new weights. */
export interface FitOutcome {
  readonly plan: FitPlan;
  readonly reviewCount: number;
  readonly current: FitMetrics;
  /** Absent when there were too few items to fit. */
  readonly candidate?: { readonly weights: readonly number[]; readonly metrics: FitMetrics };
  /** True when the candidate predicts the history better than the current weights. */
  readonly improved: boolean;
}

/**
 * Fits new weights to the set (when there are enough items) and compares them with the current
 * ones on the same set. Weights that predict worse are reported but not `improved`. `progress`
 * is handed to the fitter as it is.
 *
 * @example
 * const outcome = fitParameters(new Fsrs(), set, deck.options.fsrsParameters?.weights ?? DEFAULT_FSRS_WEIGHTS);
 * if (outcome.improved) save(outcome.candidate.weights);
 */
export function fitParameters<P = never>(
  fitter: ParameterFitter<P>,
  set: TrainingSet,
  currentWeights: readonly number[],
  progress?: P,
): FitOutcome {
  const plan = fitPlan(set.lengths.length);
  const current = evaluateParameters(set, currentWeights);
  if (plan.kind === 'tooFew') {
    return { plan, reviewCount: set.reviewCount, current, improved: false };
  }
  const fitted = fitter.computeParameters(set.ratings, set.deltaDays, set.lengths, progress, true);
  if (fitted.length !== FSRS_PARAMETER_COUNT || !fitted.every(Number.isFinite)) {
    throw new Error(
      `The optimizer returned ${fitted.length} parameters; the scheduler needs ${FSRS_PARAMETER_COUNT}.`,
    );
  }
  const weights = Array.from(fitted, (weight) => Number(weight.toFixed(4)));
  const metrics = evaluateParameters(set, weights);
  return {
    plan,
    reviewCount: set.reviewCount,
    current,
    candidate: { weights, metrics },
    improved: metrics.logLoss < current.logLoss,
  };
}
