// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  browseCards,
  searchableText,
  type BrowseCard,
  type BrowseQuery,
} from '../../../src/domain/stats/card-browser.ts';
import { FITTED_DECAY_WEIGHTS } from '../../helpers/fitted-weights.ts';
import { NOW, State, cardOf } from './stats-fixtures.ts';

const DAY = 86_400_000;

function card(id: string, position: number, fields: Partial<BrowseCard> = {}): BrowseCard {
  return {
    ...cardOf({ id }),
    deckId: 'da',
    lapses: 0,
    kind: 'list',
    front: `Front ${id}`,
    back: `Back ${id}`,
    position,
    ...fields,
  };
}

const CARDS: BrowseCard[] = [
  card('new-b', 5),
  card('econ', 1, {
    kind: 'list',
    front: 'Nogle eksempler:\n• Økonomiske konsulenter\n• _____',
    back: 'Dataanalyse',
  }),
  card('hard', 2, {
    kind: 'definition',
    lapses: 2,
    state: State.Review,
    difficulty: 9,
    stability: 3,
    scheduled_days: 3,
    due: new Date(NOW.getTime() + 2 * DAY),
    last_review: new Date(NOW.getTime() - DAY),
  }),
  card('weak', 3, {
    kind: 'faq',
    state: State.Review,
    difficulty: 4,
    stability: 2,
    scheduled_days: 30,
    due: new Date(NOW.getTime() - DAY),
    last_review: new Date(NOW.getTime() - 6 * DAY),
  }),
  card('learning', 4, {
    kind: 'faq',
    state: State.Learning,
    difficulty: 6,
    stability: 1,
    due: new Date(NOW.getTime() + 600_000),
    last_review: NOW,
  }),
  card('new-a', 0, { suspended: true }),
];

const query = (overrides: Partial<BrowseQuery> = {}): BrowseQuery => ({
  text: '',
  status: 'all',
  kind: 'all',
  sort: 'position',
  ...overrides,
});
const ids = (overrides: Partial<BrowseQuery>) =>
  browseCards(CARDS, query(overrides), { now: NOW, lang: 'da', deckWeights: {} }).map(
    (row) => row.card.id,
  );

describe('browseCards', () => {
  it.each([
    [{}, ['new-a', 'econ', 'hard', 'weak', 'learning', 'new-b']],
    [{ sort: 'due' }, ['weak', 'learning', 'hard', 'new-a', 'econ', 'new-b']],
    [{ sort: 'difficulty' }, ['hard', 'learning', 'weak', 'new-a', 'econ', 'new-b']],
    [{ sort: 'retrievability' }, ['weak', 'hard', 'learning', 'new-a', 'econ', 'new-b']],
    [{ sort: 'due', descending: true }, ['new-b', 'econ', 'new-a', 'hard', 'learning', 'weak']],
    [{ sort: 'interval' }, ['learning', 'hard', 'weak', 'new-a', 'econ', 'new-b']],
    [{ sort: 'lapses' }, ['hard', 'new-a', 'econ', 'weak', 'learning', 'new-b']],
    [{ sort: 'front' }, ['hard', 'learning', 'new-a', 'new-b', 'weak', 'econ']],
    [{ sort: 'status' }, ['econ', 'new-b', 'learning', 'hard', 'weak', 'new-a']],
    [{ deckId: 'da', status: 'new' }, ['econ', 'new-b']],
    [{ deckId: 'other' }, []],
    [{ text: 'okonomiske' }, ['econ']],
    [{ text: 'KONSULENT dataanalyse' }, ['econ']],
    [{ text: 'dataanalyse fremtid' }, []],
    [{ kind: 'faq' }, ['weak', 'learning']],
    [{ status: 'new' }, ['econ', 'new-b']],
    [{ status: 'suspended' }, ['new-a']],
    [{ status: 'mature' }, ['weak']],
    [{ status: 'young', kind: 'faq' }, []],
  ] as [Partial<BrowseQuery>, string[]][])('%o → %o', (overrides, expected) => {
    expect(ids(overrides)).toEqual(expected);
  });

  it('gives each row its status and retrievability (none for new cards)', () => {
    const rows = browseCards(CARDS, query({ sort: 'retrievability' }), {
      now: NOW,
      lang: 'da',
      deckWeights: {},
    });
    expect(rows[0]?.status).toBe('mature');
    // weak: 6 days since review at stability 2 (3 × stability) → ≈ 0.8094
    expect(rows[0]?.retrievability).toBeCloseTo(0.8094, 3);
    expect(rows.find((row) => row.card.id === 'econ')?.retrievability).toBeNull();
  });

  it("reads each card's retrievability on its own deck's forgetting curve", () => {
    // Both at stability 2: 'slow' 6 days ago in a deck on FSRS's defaults (≈ 0.8094), 'fast' 5
    // days ago in a deck whose fitted decay is faster (≈ 0.7939; ≈ 0.8261 on the defaults).
    const reviewed = (id: string, deckId: string, days: number) =>
      card(id, 0, {
        deckId,
        state: State.Review,
        stability: 2,
        last_review: new Date(NOW.getTime() - days * DAY),
      });
    const cards = [reviewed('slow', 'plain', 6), reviewed('fast', 'fitted', 5)];
    const sorted = (deckWeights: Record<string, readonly number[]>) =>
      browseCards(cards, query({ sort: 'retrievability' }), { now: NOW, lang: '', deckWeights });
    expect(sorted({}).map((row) => row.card.id)).toEqual(['slow', 'fast']);
    const rows = sorted({ fitted: FITTED_DECAY_WEIGHTS });
    expect(rows.map((row) => [row.card.id, row.retrievability])).toEqual([
      ['fast', expect.closeTo(0.7939, 4)],
      ['slow', expect.closeTo(0.8094, 4)],
    ]);
  });

  it('uses a prepared search index when given one', () => {
    const searchIndex = new Map(CARDS.map((c) => [c.id, searchableText(c, 'da')]));
    searchIndex.set('hard', 'okonomiske'); // proves the index is what is searched
    const rows = browseCards(CARDS, query({ text: 'okonomiske' }), {
      now: NOW,
      lang: 'da',
      deckWeights: {},
      searchIndex,
    });
    expect(rows.map((row) => row.card.id)).toEqual(['econ', 'hard']);
  });
});
