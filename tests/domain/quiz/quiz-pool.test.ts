// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectPool, type PoolCard } from '../../../src/domain/quiz/quiz-pool.ts';
import type { QuizPool } from '../../../src/domain/quiz/quiz-types.ts';
import { newCardState, State } from '../../../src/domain/scheduling/scheduler.ts';
import { FITTED_DECAY_WEIGHTS } from '../../helpers/fitted-weights.ts';

const NOW = new Date('2026-03-15T10:00:00Z');
const DAY = 86_400_000;

function card(id: string, fields: Partial<PoolCard> = {}): PoolCard {
  return {
    id,
    deckId: 'd',
    lang: 'en',
    kind: 'list',
    front: `front ${id}`,
    back: `back ${id}`,
    lines: [1, 1],
    suspended: false,
    ...newCardState(NOW),
    ...fields,
  };
}

/** A review card last seen `daysAgo` days ago with the given stability. */
function reviewed(id: string, daysAgo: number, stability: number, lapses = 0): PoolCard {
  return card(id, {
    state: State.Review,
    stability,
    difficulty: 5,
    reps: 3,
    lapses,
    last_review: new Date(NOW.getTime() - daysAgo * DAY),
    due: new Date(NOW.getTime() + DAY),
  });
}

const cards = [
  card('new-1'),
  reviewed('strong', 1, 30),
  reviewed('weak', 20, 2),
  card('suspended', {
    suspended: true,
    state: State.Review,
    reps: 1,
    stability: 1,
    last_review: NOW,
  }),
  reviewed('tie-more-lapses', 5, 5, 3),
  reviewed('tie-fewer-lapses', 5, 5, 1),
  card('learning', { state: State.Learning, reps: 1, stability: 0.5, last_review: NOW }),
  card('new-2'),
];

describe('selectPool', () => {
  it.each<[QuizPool, string[]]>([
    [
      'all',
      ['new-1', 'strong', 'weak', 'tie-more-lapses', 'tie-fewer-lapses', 'learning', 'new-2'],
    ],
    ['studied', ['strong', 'weak', 'tie-more-lapses', 'tie-fewer-lapses', 'learning']],
    ['weakest', ['weak', 'tie-more-lapses', 'tie-fewer-lapses', 'strong', 'learning']],
  ])('%s', (pool, ids) => {
    expect(selectPool(cards, pool, NOW, {}).map((entry) => entry.id)).toEqual(ids);
  });

  it("ranks the weakest by each deck's own forgetting curve", () => {
    // Both at stability 2: 'plain' 6 days ago on FSRS's defaults (recall ≈ 0.8094); 'fitted' 5
    // days ago, ≈ 0.8261 on the defaults but ≈ 0.7939 on its deck's faster fitted decay.
    const mixed = [
      { ...reviewed('plain', 6, 2), deckId: 'plain' },
      { ...reviewed('fitted', 5, 2), deckId: 'fitted' },
    ];
    const weakest = (byDeck: Record<string, readonly number[]>) =>
      selectPool(mixed, 'weakest', NOW, byDeck).map((entry) => entry.id);
    expect(weakest({})).toEqual(['plain', 'fitted']);
    expect(weakest({ fitted: FITTED_DECAY_WEIGHTS })).toEqual(['fitted', 'plain']);
  });
});
