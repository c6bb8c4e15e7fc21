/**
 * Which cards a quiz asks about. Suspended cards are left out (the learner put them away); the
 * "weakest" pool ranks studied cards by how likely they are forgotten right now (FSRS
 * retrievability), then by how often they were forgotten before (lapses).
 */
import { retrievability, weightsOfDeck, type DeckWeights } from '../scheduling/retrievability.ts';
import { State, type FsrsCard } from '../scheduling/scheduler.ts';
import type { QuizCard, QuizPool } from './quiz-types.ts';

/** A card with its scheduling state, as stored. */
export interface PoolCard extends QuizCard, FsrsCard {
  readonly suspended: boolean;
}

/**
 * The cards of `pool` at `now`. For `weakest` they come weakest first (recall by each card's
 * deck's weights, `byDeck`) and the quiz should take them in that order; the other pools are in
 * input order and the quiz shuffles them.
 *
 * @example
 * selectPool(cards, 'weakest', now, weightsByDeck(decks))[0]; // least likely recalled now
 */
export function selectPool<T extends PoolCard>(
  cards: readonly T[],
  pool: QuizPool,
  now: Date,
  byDeck: DeckWeights,
): T[] {
  const active = cards.filter((card) => !card.suspended);
  switch (pool) {
    case 'all':
      return active;
    case 'studied':
      return active.filter(isStudied);
    case 'weakest':
      return active
        .filter(isStudied)
        .map((card) => ({
          card,
          recall: retrievability(card, now, weightsOfDeck(byDeck, card.deckId)),
        }))
        .sort(
          (a, b) =>
            a.recall - b.recall ||
            b.card.lapses - a.card.lapses ||
            (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0),
        )
        .map(({ card }) => card);
  }
}

function isStudied(card: PoolCard): boolean {
  return card.state !== State.New;
}
