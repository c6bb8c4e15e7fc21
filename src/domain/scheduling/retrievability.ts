/**
 * Retrievability — the probability that a card is recalled now — with the memory model of the
 * card's own deck. FSRS-6's forgetting curve has a fitted shape: its decay is the last weight
 * (w[20]), so a deck whose parameters were optimized forgets on its own curve, and every figure
 * that reads "how likely is this card remembered" (statistics, the card browser, the quiz's
 * weakest cards) must use that deck's weights, not FSRS's defaults.
 */
import { date_diff, forgetting_curve, type Card } from 'ts-fsrs';
import type { DeckOptions } from './deck-options.ts';
import { State } from './fsrs-vocabulary.ts';
import { DEFAULT_FSRS_WEIGHTS } from './optimizer.ts';

/** Each deck's FSRS weights by deck id (plain data: it crosses to the statistics worker). */
export type DeckWeights = Readonly<Record<string, readonly number[]>>;

/**
 * The weights a deck schedules with: its fitted ones, else FSRS's defaults.
 *
 * @example
 * deckWeights(DEFAULT_DECK_OPTIONS); // DEFAULT_FSRS_WEIGHTS
 */
export function deckWeights(options: Pick<DeckOptions, 'fsrsParameters'>): readonly number[] {
  return options.fsrsParameters?.weights ?? DEFAULT_FSRS_WEIGHTS;
}

/**
 * The weights of every deck in `decks`, by id.
 *
 * @example
 * weightsByDeck(decks)['bpo-da']; // that deck's fitted weights, or the defaults
 */
export function weightsByDeck(
  decks: readonly { readonly id: string; readonly options: Pick<DeckOptions, 'fsrsParameters'> }[],
): DeckWeights {
  return Object.fromEntries(decks.map((deck) => [deck.id, deckWeights(deck.options)]));
}

/**
 * The weights of deck `deckId` in `byDeck`; FSRS's defaults for a deck it does not list.
 *
 * @example
 * weightsOfDeck({}, 'bpo-da'); // DEFAULT_FSRS_WEIGHTS
 */
export function weightsOfDeck(byDeck: DeckWeights, deckId: string): readonly number[] {
  return byDeck[deckId] ?? DEFAULT_FSRS_WEIGHTS;
}

/**
 * Probability (0–1) that the card is recalled at `now` under `weights` (its deck's, see
 * {@link deckWeights}); 0 for a new card and for one without a last review date. Computed as
 * ts-fsrs's `get_retrievability` does (whole days elapsed, the forgetting curve at the card's
 * stability), from the three fields it reads, so statistics can call it on a hundred thousand
 * packed cards without building full card objects.
 *
 * @example
 * retrievability(card, now, deckWeights(deck.options)); // 0.9 on the day a review is due at 90 %
 */
export function retrievability(
  card: Pick<Card, 'state' | 'stability' | 'last_review'>,
  now: Date,
  weights: readonly number[],
): number {
  if (card.state === State.New || card.last_review === undefined) return 0;
  const elapsedDays = Math.max(date_diff(now, card.last_review, 'days'), 0);
  return forgetting_curve(weights, elapsedDays, +card.stability.toFixed(8));
}
