/**
 * What the cards themselves say: how many are new, learning, young, mature or suspended, how
 * many have been learned, and FSRS's picture of memory — distributions of stability, difficulty
 * and today's retrievability, and the estimated number of cards one would recall right now
 * (the sum of retrievability, Anki's "estimated total knowledge").
 */
import { retrievability, weightsOfDeck, type DeckWeights } from '../scheduling/retrievability.ts';
import { State } from '../scheduling/scheduler.ts';
import type { DigestCard } from './card-digest.ts';
import { CARD_STATUSES, cardStatusOf, type CardStatus } from './classify.ts';
import type { StatsCard } from './stats-types.ts';

export type CardCounts = Record<CardStatus, number> & { readonly total: number };

/**
 * Cards by status.
 *
 * @example
 * cardCounts(cards); // { new: 10, learning: 2, young: 5, mature: 1, suspended: 0, total: 18 }
 */
export function cardCounts(cards: readonly StatsCard[]): CardCounts {
  const counts = Object.fromEntries(CARD_STATUSES.map((status) => [status, 0])) as Record<
    CardStatus,
    number
  >;
  for (const card of cards) counts[cardStatusOf(card)] += 1;
  return { ...counts, total: cards.length };
}

/**
 * Probability (0–1) that the card is recalled at `now` under its deck's `weights`; `null` for a
 * card never studied, and for one whose last review date is missing (ts-fsrs cannot tell how
 * much time has passed).
 *
 * @example
 * recallProbability(card, now, deckWeights(deck.options)); // 0.9 when as many days passed since
 * // the review as its stability
 */
export function recallProbability(
  card: StatsCard,
  now: Date,
  weights: readonly number[],
): number | null {
  if (card.state === State.New || card.last_review === undefined) return null;
  return retrievability(card, now, weights);
}

/** One bar of a histogram: values in `[from, to)`; the last bar has no upper bound (`null`). */
export interface HistogramBin {
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}

export interface MemoryStats {
  /**
   * Cards studied at least once; the distributions are over these (one without a last review
   * date, which a stored card cannot be, counts as retrievability 0).
   */
  readonly cards: number;
  /** Stability in days, in bins that widen as intervals do. */
  readonly stability: HistogramBin[];
  /** Difficulty as Anki shows it, 0–100 % (FSRS difficulty 1–10 mapped linearly), in tenths. */
  readonly difficulty: HistogramBin[];
  /** Probability of recall right now, 0–100 %, in tenths. */
  readonly retrievability: HistogramBin[];
  /** Mean retrievability of the studied cards, 0–1; `null` when none was studied. */
  readonly averageRetrievability: number | null;
  /** Sum of retrievability: how many cards FSRS expects the learner to recall right now. */
  readonly estimatedRetained: number;
}

/** Lower bounds of the stability bins, in days. */
export const STABILITY_BINS = [0, 1, 3, 7, 14, 30, 90, 180, 365] as const;
const TENTHS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90] as const;

/** Counts values into bins by lower bound; values below the first go to the first bin. */
class Bins {
  private readonly counts: number[];
  constructor(
    private readonly bounds: readonly number[],
    private readonly lastTo: number | null,
  ) {
    this.counts = bounds.map(() => 0);
  }

  add(value: number): void {
    let index = 0;
    while (index + 1 < this.bounds.length && value >= (this.bounds[index + 1] ?? Infinity)) {
      index += 1;
    }
    this.counts[index] = (this.counts[index] ?? 0) + 1;
  }

  toArray(): HistogramBin[] {
    return this.bounds.map((from, index) => ({
      from,
      to: this.bounds[index + 1] ?? this.lastTo,
      count: this.counts[index] ?? 0,
    }));
  }
}

/**
 * FSRS difficulty (1–10) as a percentage, the way Anki's card info shows it.
 *
 * @example
 * difficultyPercent(5.5); // 50
 */
export function difficultyPercent(difficulty: number): number {
  return Math.min(100, Math.max(0, ((difficulty - 1) / 9) * 100));
}

/**
 * Distributions and retained-knowledge estimate over the cards studied at least once
 * (suspended ones included: what was learned is still remembered or forgotten), each card's
 * recall by its own deck's weights (`byDeck`; FSRS's defaults for a deck not in it).
 *
 * @example
 * memoryStats(cards, now, weightsByDeck(decks)).estimatedRetained; // e.g. 17.3 of 20 studied
 */
export function memoryStats(
  cards: readonly DigestCard[],
  now: Date,
  byDeck: DeckWeights,
): MemoryStats {
  const stability = new Bins(STABILITY_BINS, null);
  const difficulty = new Bins(TENTHS, 100);
  const recall = new Bins(TENTHS, 100);
  let studied = 0;
  let sum = 0;
  for (const card of cards) {
    if (card.state === State.New) continue;
    studied += 1;
    const r = recallProbability(card, now, weightsOfDeck(byDeck, card.deckId)) ?? 0;
    sum += r;
    stability.add(card.stability);
    difficulty.add(difficultyPercent(card.difficulty));
    recall.add(r * 100);
  }
  return {
    cards: studied,
    stability: stability.toArray(),
    difficulty: difficulty.toArray(),
    retrievability: recall.toArray(),
    averageRetrievability: studied === 0 ? null : sum / studied,
    estimatedRetained: sum,
  };
}
