/**
 * Deterministic synthetic collections for the benchmarks: a deck of any size with card texts of
 * realistic lengths, due review states from simulated FSRS answers, and review-log rows spread
 * over two years. Seeded, so every run stores the same data.
 */
import type { CardKind, Deck, DeckCard } from '../../../src/domain/deck/deck-types.ts';
import {
  answer,
  newCardState,
  Rating,
  State,
  type Grade,
  type Scheduler,
} from '../../../src/domain/scheduling/scheduler.ts';
import type { ImportedCardState, ImportedReview } from '../../../src/storage/review-import.ts';
import { seededRandom } from '../../helpers/seeded-random.ts';

const DAY_MS = 86_400_000;

/** A number in [0, 1) from two integers, for rows generated independently of each other. */
function hashUnit(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4_294_967_296;
}

const WORDS = (
  'process outsourcing contract service provider client cost quality control vendor ' +
  'customer support finance accounting payroll knowledge analytics research legal risk ' +
  'offshore nearshore onshore agreement level delivery model transition governance team'
).split(' ');
const KINDS: readonly CardKind[] = ['definition', 'highlight', 'faq', 'list', 'comparison'];

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

/** The id of the deck's `index`-th card: like the generator's, a kind and a hash-like tail. */
export function benchCardId(deckId: string, index: number): string {
  const kind = KINDS[index % KINDS.length] ?? 'list';
  // Multiplying by an odd constant is a bijection on 32-bit integers: the tails never repeat.
  const tail = (Math.imul(index + 1, 0x9e3779b1) >>> 0).toString(16).padStart(8, '0');
  return `${deckId}:${kind}:${tail}`;
}

/** A deck of `count` cards, fronts of 6–16 words, backs of 3–30, most with a context sentence. */
export function makeBenchDeck(deckId: string, count: number): Deck {
  const random = seededRandom(count);
  const cards: DeckCard[] = Array.from({ length: count }, (_, index) => ({
    id: benchCardId(deckId, index),
    kind: KINDS[index % KINDS.length] ?? 'list',
    front: `${String(index + 1)}. ${words(random, 6 + Math.floor(random() * 10))}?`,
    back: words(random, 3 + Math.floor(random() * 27)),
    context: random() < 0.7 ? `${words(random, 12 + Math.floor(random() * 20))}.` : '',
    lines: [index + 1, index + 1],
  }));
  return {
    id: deckId,
    title: `Benchmark deck of ${String(count)} cards`,
    language: 'en',
    description: 'Synthetic cards for the benchmarks.',
    source: { file: `${deckId}.md`, sha256: `bench-${deckId}-${String(count)}` },
    generator: { version: 'bench' },
    cards,
  };
}

/**
 * Review states due at `now`: each card is answered Good from a first study 10–70 days ago, at
 * every due date, until the next answer would fall after `now`; it is left overdue there.
 */
export function simulateDueReviews(
  cardIds: readonly string[],
  scheduler: Scheduler,
  now: Date,
  seed: number,
): ImportedCardState[] {
  const random = seededRandom(seed);
  return cardIds.map((id) => {
    const firstStudy = new Date(now.getTime() - (10 + random() * 60) * DAY_MS);
    let card: ImportedCardState = { id, ...newCardState(firstStudy) };
    for (;;) {
      const next = answer(scheduler, card, Rating.Good, card.due).card;
      if (next.state === State.Review && next.due > now) break;
      card = next;
    }
    if (card.state !== State.Review) throw new Error(`${id} did not reach the review state`);
    return card;
  });
}

const RATING_SHARES: readonly [Grade, number][] = [
  [Rating.Again, 0.1],
  [Rating.Hard, 0.15],
  [Rating.Good, 0.65],
  [Rating.Easy, 0.1],
];

function ratingOf(unit: number): Grade {
  let sum = 0;
  for (const [rating, share] of RATING_SHARES) {
    sum += share;
    if (unit < sum) return rating;
  }
  return Rating.Good;
}

export interface LogWindow {
  readonly deckId: string;
  /** Cards `0 … cardCount − 1` of the deck (see {@link benchCardId}) get the rows, in turn. */
  readonly cardCount: number;
  /** Rows per card: `ceil(total / cardCount)`. */
  readonly total: number;
  readonly from: Date;
  readonly to: Date;
}

/**
 * Rows `start … start + size − 1` of a review history: row i is answer number
 * `floor(i / cardCount)` of card `i % cardCount`, at an increasing time per card; the first
 * answer of a card is to a new card, an answer after Again is relearning, the rest are reviews.
 */
export function makeReviewRows(window: LogWindow, start: number, size: number): ImportedReview[] {
  const perCard = Math.ceil(window.total / window.cardCount);
  const from = window.from.getTime();
  const slot = (window.to.getTime() - from) / perCard;
  const rows: ImportedReview[] = [];
  const end = Math.min(window.total, start + size);
  for (let row = start; row < end; row += 1) {
    const card = row % window.cardCount;
    const nth = Math.floor(row / window.cardCount);
    const rating = ratingOf(hashUnit(card, nth));
    const previous = nth === 0 ? null : ratingOf(hashUnit(card, nth - 1));
    const state =
      previous === null ? State.New : previous === Rating.Again ? State.Relearning : State.Review;
    const review = new Date(from + slot * (nth + hashUnit(nth, card)));
    const scheduledDays = state === State.Review ? Math.min(365, Math.round(1.8 ** nth)) : 0;
    rows.push({
      cardId: benchCardId(window.deckId, card),
      deckId: window.deckId,
      rating,
      state,
      due: new Date(review.getTime() - scheduledDays * DAY_MS),
      stability: 0.5 + scheduledDays * 1.2,
      difficulty: 3 + hashUnit(card, nth + 7) * 5,
      // ts-fsrs 5 still requires these fields on a log; they go away in 6.0.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      elapsed_days: scheduledDays,
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      last_elapsed_days: Math.max(0, scheduledDays - 1),
      scheduled_days: scheduledDays,
      learning_steps: 0,
      review,
      durationMs: 2000 + Math.round(hashUnit(nth, card + 3) * 18_000),
    });
  }
  return rows;
}
