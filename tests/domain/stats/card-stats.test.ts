// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cardCounts,
  difficultyPercent,
  memoryStats,
} from '../../../src/domain/stats/card-stats.ts';
import { isLearned } from '../../../src/domain/stats/classify.ts';
import { FITTED_DECAY_WEIGHTS } from '../../helpers/fitted-weights.ts';
import { NOW, State, cardOf } from './stats-fixtures.ts';

const DAY = 86_400_000;
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);

describe('cardCounts', () => {
  it('counts new, learning (relearning too), young, mature and suspended cards', () => {
    const cards = [
      cardOf({ id: 'n1' }),
      cardOf({ id: 'n2' }),
      cardOf({ id: 'l', state: State.Learning }),
      cardOf({ id: 'rl', state: State.Relearning, scheduled_days: 0 }),
      cardOf({ id: 'y', state: State.Review, scheduled_days: 20 }),
      cardOf({ id: 'm', state: State.Review, scheduled_days: 21 }),
      cardOf({ id: 's', state: State.Review, scheduled_days: 40, suspended: true }),
    ];
    expect(cardCounts(cards)).toEqual({
      new: 2,
      learning: 2,
      young: 1,
      mature: 1,
      suspended: 1,
      total: 7,
    });
  });
});

describe('isLearned: has left the learning steps', () => {
  it.each([
    [State.New, false],
    [State.Learning, false],
    [State.Review, true],
    [State.Relearning, true],
  ])('state %i → %s', (state, learned) => {
    expect(isLearned({ state })).toBe(learned);
  });
});

describe('difficultyPercent: FSRS 1–10 as 0–100 %', () => {
  it.each([
    [1, 0],
    [5.5, 50],
    [10, 100],
    [0.5, 0],
  ])('%f → %f', (difficulty, percent) => {
    expect(difficultyPercent(difficulty)).toBeCloseTo(percent, 10);
  });
});

describe('memoryStats', () => {
  // Retrievability is 0.9 when as many days have passed as the stability (FSRS's definition of
  // stability), 1 right after a review; 3 × stability later, FSRS-6's default decay (0.1542)
  // gives (1 + (0.9^(-1/0.1542) - 1) · 3)^(-0.1542) ≈ 0.8094. ts-fsrs counts whole days elapsed.
  const cards = [
    cardOf({ id: 'new' }),
    cardOf({
      id: 'a',
      state: State.Review,
      stability: 10,
      difficulty: 5.5,
      last_review: daysBefore(10),
    }),
    cardOf({ id: 'b', state: State.Review, stability: 0.8, difficulty: 1, last_review: NOW }),
    cardOf({
      id: 'c',
      state: State.Learning,
      stability: 1,
      difficulty: 10,
      last_review: daysBefore(1),
    }),
    cardOf({
      id: 'd',
      state: State.Review,
      stability: 400,
      difficulty: 3.7,
      last_review: daysBefore(1200),
      suspended: true,
    }),
  ];
  const inDeck = (deckId: string) => cards.map((card) => ({ ...card, deckId }));
  const stats = memoryStats(inDeck('d'), NOW, {});

  it('sums retrievability over studied cards (suspended included, new left out)', () => {
    expect(stats.cards).toBe(4);
    expect(stats.estimatedRetained).toBeCloseTo(0.9 + 1 + 0.9 + 0.8094, 3);
    expect(stats.averageRetrievability).toBeCloseTo((0.9 + 1 + 0.9 + 0.8094) / 4, 3);
  });

  it('bins stability in days', () => {
    expect(stats.stability.map((bin) => [bin.from, bin.to, bin.count])).toEqual([
      [0, 1, 1],
      [1, 3, 1],
      [3, 7, 0],
      [7, 14, 1],
      [14, 30, 0],
      [30, 90, 0],
      [90, 180, 0],
      [180, 365, 0],
      [365, null, 1],
    ]);
  });

  it('bins difficulty and retrievability in tenths of 100 %', () => {
    // 5.5 → 50 %, 1 → 0 %, 10 → 100 % (in the last bin), 3.7 → 30 %
    expect(stats.difficulty.map((bin) => bin.count)).toEqual([1, 0, 0, 1, 0, 1, 0, 0, 0, 1]);
    // 0.9, 1, 0.9 → 90–100 %; 0.8094 → 80–90 %
    expect(stats.retrievability.map((bin) => bin.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 3]);
    expect(stats.retrievability.at(-1)).toEqual({ from: 90, to: 100, count: 3 });
  });

  it("reads each card's recall on its own deck's fitted forgetting curve", () => {
    // Deck 'fitted' decays faster (w[20] = 0.5): 3 × stability later, recall is
    // (1 + (0.9^(-1/0.5) - 1) · 3)^(-0.5) ≈ 0.7661 instead of 0.8094; at the stability it is
    // still 0.9 and right after a review 1, whatever the decay.
    const mixed = memoryStats(inDeck('fitted'), NOW, { fitted: FITTED_DECAY_WEIGHTS });
    expect(mixed.estimatedRetained).toBeCloseTo(0.9 + 1 + 0.9 + 0.7661, 3);
    expect(memoryStats(inDeck('other'), NOW, { fitted: FITTED_DECAY_WEIGHTS })).toEqual(stats);
  });

  it('has no average without studied cards', () => {
    const empty = memoryStats([{ ...cardOf({ id: 'new' }), deckId: 'd' }], NOW, {});
    expect(empty.averageRetrievability).toBeNull();
    expect(empty.estimatedRetained).toBe(0);
    expect(empty.cards).toBe(0);
  });
});
