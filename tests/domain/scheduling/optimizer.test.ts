// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  DEFAULT_FSRS_WEIGHTS,
  buildTrainingSet,
  evaluateParameters,
  fitParameters,
  fitPlan,
  type ReviewHistoryRow,
} from '../../../src/domain/scheduling/optimizer.ts';
import { createScheduler, Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import { LEARNER_WEIGHTS, simulateLearner } from '../../helpers/simulate-learner.ts';
import { loadOptimizer } from '../../helpers/node/fsrs-optimizer.ts';

const UTC = { dayStartHour: 4, timeZone: 'UTC' };

function row(cardId: string, rating: Rating, state: State, iso: string): ReviewHistoryRow {
  return { cardId, rating, state, review: new Date(iso) };
}

describe('buildTrainingSet', () => {
  it.each([
    {
      name: 'one item per answer a day or more after the previous one',
      rows: [
        row('a', Rating.Good, State.New, '2026-03-01T10:00:00Z'),
        row('a', Rating.Good, State.Learning, '2026-03-01T10:10:00Z'),
        row('a', Rating.Again, State.Review, '2026-03-04T10:00:00Z'),
        row('a', Rating.Good, State.Relearning, '2026-03-05T10:00:00Z'),
      ],
      ratings: [3, 3, 1, 3, 3, 1, 3],
      deltas: [0, 0, 3, 0, 0, 3, 1],
      lengths: [3, 4],
      reviews: 4,
    },
    {
      name: 'days count from the day start hour: 03:00 and 05:00 are different study days',
      rows: [
        row('a', Rating.Good, State.New, '2026-03-01T03:00:00Z'),
        row('a', Rating.Hard, State.Review, '2026-03-01T05:00:00Z'),
      ],
      ratings: [3, 2],
      deltas: [0, 1],
      lengths: [2],
      reviews: 2,
    },
    {
      name: 'a card whose history is cut off (no first answer) is left out; Manual is skipped',
      rows: [
        row('b', Rating.Good, State.Review, '2026-03-01T10:00:00Z'),
        row('b', Rating.Good, State.Review, '2026-03-05T10:00:00Z'),
        row('c', Rating.Easy, State.New, '2026-03-01T10:00:00Z'),
        row('c', Rating.Manual, State.Review, '2026-03-02T10:00:00Z'),
        row('c', Rating.Good, State.Review, '2026-03-06T10:00:00Z'),
      ],
      ratings: [4, 3],
      deltas: [0, 5],
      lengths: [2],
      reviews: 2,
    },
    {
      name: 'a reset card (New again) starts its history over; rows may come in any order',
      rows: [
        row('d', Rating.Good, State.Review, '2026-03-09T10:00:00Z'),
        row('d', Rating.Good, State.New, '2026-03-01T10:00:00Z'),
        row('d', Rating.Again, State.New, '2026-03-08T10:00:00Z'),
        row('d', Rating.Good, State.Review, '2026-03-04T10:00:00Z'),
      ],
      ratings: [1, 3],
      deltas: [0, 1],
      lengths: [2],
      reviews: 2,
    },
  ])('$name', ({ rows, ratings, deltas, lengths, reviews }) => {
    const set = buildTrainingSet(rows, UTC);
    expect(Array.from(set.ratings)).toEqual(ratings);
    expect(Array.from(set.deltaDays)).toEqual(deltas);
    expect(Array.from(set.lengths)).toEqual(lengths);
    expect(set.reviewCount).toBe(reviews);
  });
});

describe('fitPlan', () => {
  it.each([
    [0, { kind: 'tooFew', items: 0, needed: 8 }],
    [7, { kind: 'tooFew', items: 7, needed: 8 }],
    [8, { kind: 'initialOnly', items: 8, neededForFull: 64 }],
    [63, { kind: 'initialOnly', items: 63, neededForFull: 64 }],
    [64, { kind: 'full', items: 64 }],
  ])('%i items → %o', (items, plan) => {
    expect(fitPlan(items)).toEqual(plan);
  });
});

describe('fitParameters on a simulated learner', () => {
  const history = simulateLearner({
    cardIds: Array.from({ length: 300 }, (_, index) => `sim:${index}`),
    start: new Date('2026-01-01T09:00:00Z'),
    end: new Date('2026-07-01T09:00:00Z'),
    seed: 15,
  });
  const set = buildTrainingSet(history, UTC);

  it('fits 21 weights that predict the history better than the defaults', async () => {
    const optimizer = await loadOptimizer();
    const outcome = fitParameters(optimizer, set, DEFAULT_FSRS_WEIGHTS);
    expect(outcome.plan.kind).toBe('full');
    expect(outcome.candidate?.weights).toHaveLength(21);
    expect(outcome.improved).toBe(true);
    const fitted = outcome.candidate?.metrics.logLoss ?? Infinity;
    expect(fitted).toBeLessThan(outcome.current.logLoss - 0.01);
    // The learner's own weights are the best possible; the fit comes close to them.
    const truth = evaluateParameters(set, LEARNER_WEIGHTS).logLoss;
    expect(fitted - truth).toBeLessThan(0.5 * (outcome.current.logLoss - truth));

    const scheduler = createScheduler({
      ...DEFAULT_DECK_OPTIONS,
      fsrsParameters: {
        weights: outcome.candidate?.weights ?? [],
        fittedAt: '2026-07-01T09:00:00.000Z',
        reviewCount: outcome.reviewCount,
      },
    });
    expect(Array.from(scheduler.engine.parameters.w)).toEqual(outcome.candidate?.weights);
  }, 60_000);

  it('keeps the defaults, fitting nothing, below eight items', async () => {
    const optimizer = await loadOptimizer();
    const firstCard = history.filter((answer) => answer.cardId === 'sim:0');
    const few = buildTrainingSet(firstCard.slice(0, 5), UTC);
    const outcome = fitParameters(optimizer, few, DEFAULT_FSRS_WEIGHTS);
    expect(outcome.plan).toEqual({ kind: 'tooFew', items: 4, needed: 8 });
    expect(outcome.candidate).toBeUndefined();
    expect(outcome.improved).toBe(false);
  });
});
