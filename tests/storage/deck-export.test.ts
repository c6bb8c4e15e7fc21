import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Rating } from '../../src/domain/scheduling/scheduler.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { loadDeckExport } from '../../src/storage/deck-export.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

describe('loadDeckExport', () => {
  it('reads the deck, its cards in document order and its answers only', async () => {
    const db = openTestDatabase('deck-export');
    await syncDecks(db, [makeDeck('a', 3), makeDeck('b', 1)], FIXED_NOW);
    await answerIn(db, 'a:list:0002', Rating.Good, FIXED_NOW);
    await answerIn(db, 'a:list:0002', Rating.Again, minutesAfter(FIXED_NOW, 10));
    await answerIn(db, 'b:list:0000', Rating.Easy, FIXED_NOW);

    const exported = await loadDeckExport(db, 'a');
    expect(exported?.deck.title).toBe('Deck a');
    expect(exported?.cards.map((card) => card.id)).toEqual([
      'a:list:0000',
      'a:list:0001',
      'a:list:0002',
    ]);
    expect(exported?.reviews.map((log) => [log.cardId, log.rating])).toEqual([
      ['a:list:0002', Rating.Good],
      ['a:list:0002', Rating.Again],
    ]);
  });

  it('gives undefined for a deck that does not exist', async () => {
    const db = openTestDatabase('deck-export');
    expect(await loadDeckExport(db, 'missing')).toBeUndefined();
  });
});
