// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DIGEST_BUCKETS,
  digestBucketOf,
  digestIds,
  digestIndexOf,
  digestPageCards,
  digestPagesOf,
  updateDigestPage,
} from '../../../src/domain/stats/card-digest.ts';
import { State, cardOf } from './stats-fixtures.ts';

const REVIEWED = cardOf({
  id: 'd:list:0001',
  state: State.Review,
  stability: 12.5,
  difficulty: 6.25,
  scheduled_days: 21,
  last_review: new Date('2026-03-01T10:00:00Z'),
  due: new Date('2026-03-22T10:00:00Z'),
  buriedUntil: new Date('2026-03-16T04:00:00Z'),
  suspended: true,
});
const NEW = cardOf({ id: 'd:list:0002', due: new Date('2026-01-01T00:00:00Z') });

/** A card as a page of deck 'd' gives it back. */
const asStored = (card: typeof REVIEWED) => ({
  id: card.id,
  deckId: 'd',
  state: card.state,
  suspended: card.suspended,
  scheduled_days: card.scheduled_days,
  stability: card.stability,
  difficulty: card.difficulty,
  last_review: card.last_review,
  due: card.due,
  buriedUntil: card.buriedUntil,
});

describe('card digest pages', () => {
  it('give back every field statistics read, missing dates included', () => {
    const page = updateDigestPage(undefined, 'd', 7, [REVIEWED, NEW], []);
    expect(digestPageCards(page)).toEqual([asStored(REVIEWED), asStored(NEW)]);
    expect(digestPageCards(page)[1]?.last_review).toBeUndefined();
    expect(digestPageCards(page)[1]?.buriedUntil).toBeNull();
  });

  it('replace a card by id and drop removed ones', () => {
    const page = updateDigestPage(undefined, 'd', 7, [REVIEWED, NEW], []);
    const relearning = { ...REVIEWED, state: State.Relearning, suspended: false };
    const next = updateDigestPage(page, 'd', 7, [relearning], [NEW.id]);
    expect(digestPageCards(next)).toEqual([asStored(relearning)]);
  });

  it('keep any id apart, whatever characters it has', () => {
    const odd = ['', 'a\u0001b', 'ä:ö', '𝔘\n,'].map((id) => cardOf({ id }));
    expect(digestIds(updateDigestPage(undefined, 'd', 0, odd, []))).toEqual([
      '',
      'a\u0001b',
      'ä:ö',
      '𝔘\n,',
    ]);
  });

  it('update a card already on the page in place, keeping the others', () => {
    const page = updateDigestPage(undefined, 'd', 7, [REVIEWED, NEW], []);
    const learning = {
      ...NEW,
      state: State.Learning,
      last_review: new Date('2026-03-15T10:00:00Z'),
    };
    const next = updateDigestPage(page, 'd', 7, [learning], []);
    expect(next).toBe(page);
    expect(digestPageCards(next)).toEqual([asStored(REVIEWED), asStored(learning)]);
  });

  // Ids whose text runs across their neighbours' boundaries: only a whole id matches.
  const OVERLAPPING = ['ab', 'b', 'abc', '', 'c:d', 'd'];
  it.each([
    ['ab', 0],
    ['b', 1],
    ['abc', 2],
    ['', 3],
    ['c:d', 4],
    ['d', 5],
    ['bab', -1],
    ['a', -1],
    ['cc:d', -1],
    ['d:1', -1],
  ])('find id %j at place %i of a page, only as a whole id', (id, index) => {
    const page = updateDigestPage(
      undefined,
      'd',
      0,
      OVERLAPPING.map((each) => cardOf({ id: each })),
      [],
    );
    expect(digestIndexOf(page, id)).toBe(index);
  });

  const THIRD = cardOf({ id: 'd:list:0003', state: State.Learning, stability: 1.5 });
  const FOURTH = cardOf({ id: 'ä:𝔘', due: new Date('2026-02-01T00:00:00Z') });
  const changedNew = { ...NEW, state: State.Review, scheduled_days: 4 };
  it.each([
    ['new cards only', [THIRD, FOURTH], [REVIEWED, NEW, THIRD, FOURTH]],
    ['new and stored cards', [THIRD, changedNew, FOURTH], [REVIEWED, changedNew, THIRD, FOURTH]],
    [
      'a new card given twice: its last version, in its first place',
      [FOURTH, THIRD, { ...FOURTH, suspended: true }],
      [REVIEWED, NEW, { ...FOURTH, suspended: true }, THIRD],
    ],
  ])(
    'add cards new to a page after its own (%s), as a page built from all of them',
    (_name, cards, all) => {
      const page = updateDigestPage(undefined, 'd', 7, [REVIEWED, NEW], []);
      const stored = structuredClone(page);
      const next = updateDigestPage(page, 'd', 7, cards, []);
      expect(next).toEqual(updateDigestPage(undefined, 'd', 7, all, []));
      expect(digestPageCards(next)).toEqual(all.map(asStored));
      expect(page).toEqual(stored);
    },
  );

  it('spread a deck over at most DIGEST_BUCKETS pages, each card once', () => {
    const cards = Array.from({ length: 2000 }, (_, index) => ({
      ...cardOf({ id: `d:list:${String(index)}` }),
      deckId: index % 2 === 0 ? 'even' : 'odd',
    }));
    const pages = digestPagesOf(cards);
    for (const deckId of ['even', 'odd']) {
      const ofDeck = pages.filter((page) => page.deckId === deckId);
      expect(ofDeck.length).toBeLessThanOrEqual(DIGEST_BUCKETS);
      expect(ofDeck.flatMap(digestIds)).toHaveLength(1000);
    }
    for (const page of pages) {
      expect(digestIds(page).every((id) => digestBucketOf(id) === page.bucket)).toBe(true);
    }
  });

  it('put a card in the same bucket on every machine (FNV-1a of its id)', () => {
    expect(digestBucketOf('')).toBe(0x811c9dc5 % DIGEST_BUCKETS);
  });
});
