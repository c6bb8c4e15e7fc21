// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fsrs, generatorParameters } from 'ts-fsrs';
import {
  DEFAULT_DECK_OPTIONS,
  type DeckOptions,
} from '../../../src/domain/scheduling/deck-options.ts';
import { DEFAULT_FSRS_WEIGHTS } from '../../../src/domain/scheduling/optimizer.ts';
import {
  deckWeights,
  retrievability,
  weightsByDeck,
  weightsOfDeck,
} from '../../../src/domain/scheduling/retrievability.ts';
import {
  answer,
  createScheduler,
  newCardState,
  Rating,
  State,
} from '../../../src/domain/scheduling/scheduler.ts';
import { FITTED_DECAY_WEIGHTS } from '../../helpers/fitted-weights.ts';

const NOW = new Date('2026-03-01T09:00:00Z');
const DAY = 86_400_000;
const FITTED: DeckOptions = {
  ...DEFAULT_DECK_OPTIONS,
  fsrsParameters: { weights: FITTED_DECAY_WEIGHTS, fittedAt: NOW.toISOString(), reviewCount: 900 },
};

/** A review card of stability 10 last reviewed at NOW. */
const card = { ...newCardState(NOW), state: State.Review, stability: 10, last_review: NOW };

describe('retrievability', () => {
  it('is 0 for a new card and for one without a last review', () => {
    expect(retrievability(newCardState(NOW), NOW, DEFAULT_FSRS_WEIGHTS)).toBe(0);
    expect(retrievability({ ...card, last_review: undefined }, NOW, DEFAULT_FSRS_WEIGHTS)).toBe(0);
  });

  it.each([
    // days since the review, weights, expected recall
    [0, 'defaults', 1],
    [5, 'defaults', 0.9403],
    [10, 'defaults', 0.9],
    [25, 'defaults', 0.8261],
    [30, 'defaults', 0.8094],
    [0, 'fitted', 1],
    [5, 'fitted', 0.9461],
    [10, 'fitted', 0.9],
    [25, 'fitted', 0.7939],
    [30, 'fitted', 0.7661],
  ] as const)('%i days after the review, %s weights → %f', (days, which, expected) => {
    const weights = which === 'fitted' ? FITTED_DECAY_WEIGHTS : DEFAULT_FSRS_WEIGHTS;
    const at = new Date(NOW.getTime() + days * DAY);
    const recall = retrievability(card, at, weights);
    expect(recall).toBeCloseTo(expected, 4);
    // The same figure ts-fsrs gives with an engine built on those weights.
    const engine = fsrs(generatorParameters({ w: weights }));
    expect(recall).toBe(engine.get_retrievability(card, at, false));
  });

  it("matches the recall the deck's scheduler plans for: 0.9 when a review falls due", () => {
    const options: DeckOptions = { ...FITTED, enableFuzz: false };
    const scheduler = createScheduler(options);
    let current = { id: 'deck:faq:1', ...newCardState(NOW) };
    for (const rating of [Rating.Good, Rating.Good, Rating.Good, Rating.Good]) {
      current = answer(scheduler, current, rating, current.due).card;
    }
    const recall = retrievability(current, current.due, deckWeights(options));
    expect(recall).toBeCloseTo(options.desiredRetention, 1);
  });
});

describe('deck weights', () => {
  it.each([
    ['a deck with fitted parameters', FITTED, FITTED_DECAY_WEIGHTS],
    ['a deck without', DEFAULT_DECK_OPTIONS, DEFAULT_FSRS_WEIGHTS],
  ] as const)('%s schedules with its own weights', (_, options, expected) => {
    expect(deckWeights(options)).toEqual(expected);
  });

  it('looks decks up by id; an unknown deck gets the defaults', () => {
    const byDeck = weightsByDeck([
      { id: 'fitted', options: FITTED },
      { id: 'plain', options: DEFAULT_DECK_OPTIONS },
    ]);
    expect(weightsOfDeck(byDeck, 'fitted')).toEqual(FITTED_DECAY_WEIGHTS);
    expect(weightsOfDeck(byDeck, 'plain')).toEqual(DEFAULT_FSRS_WEIGHTS);
    expect(weightsOfDeck(byDeck, 'gone')).toEqual(DEFAULT_FSRS_WEIGHTS);
  });
});
