import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { answerCard } from '../../src/storage/study-repository.ts';
import { applyCardAction } from '../../src/storage/card-actions.ts';
import { createScheduler, Rating, State } from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

let db: StudyDatabase;
beforeEach(() => {
  db = openTestDatabase('deck-sync');
});

/** Answers the new card `cardId` Good at FIXED_NOW. */
function answerGood(cardId: string) {
  return answerCard(db, createScheduler(DEFAULT_DECK_OPTIONS), {
    cardId,
    expectedVersion: 1,
    rating: Rating.Good,
    now: FIXED_NOW,
    durationMs: 1000,
  });
}

describe('syncDecks', () => {
  it('loads new decks with every card new and due now, in document order', async () => {
    const result = await syncDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], FIXED_NOW);
    expect(result).toMatchObject({ decksAdded: 2, cardsAdded: 5 });
    expect((await db.decks.orderBy('position').toArray()).map((deck) => deck.id)).toEqual([
      'a',
      'b',
    ]);
    const cards = await db.cards.where('deckId').equals('a').toArray();
    expect(cards.map((card) => [card.front, card.state, card.due, card.position])).toEqual([
      ['Question 1', State.New, FIXED_NOW, 0],
      ['Question 2', State.New, FIXED_NOW, 1],
      ['Question 3', State.New, FIXED_NOW, 2],
    ]);
  });

  it('does nothing when the deck is unchanged', async () => {
    await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
    const again = await syncDecks(db, [makeDeck('a', 3)], minutesAfter(FIXED_NOW, 60));
    expect(again).toEqual({
      decksAdded: 0,
      decksUpdated: 0,
      cardsAdded: 0,
      cardsUpdated: 0,
      cardsRetired: 0,
    });
  });

  it('keeps scheduling state and history when a regenerated deck changes texts and adds cards', async () => {
    await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
    const studied = await answerCard(db, createScheduler(DEFAULT_DECK_OPTIONS), {
      cardId: 'a:list:0000',
      expectedVersion: 1,
      rating: Rating.Good,
      now: FIXED_NOW,
      durationMs: 3000,
    });
    const regenerated = makeDeck('a', 4, { source: { file: 'a.md', sha256: 'changed' } });
    const first = regenerated.cards[0];
    if (first === undefined) throw new Error('deck has no cards');
    first.back = 'Answer 1, reworded';
    const result = await syncDecks(db, [regenerated], minutesAfter(FIXED_NOW, 5));
    expect(result).toMatchObject({ decksUpdated: 1, cardsAdded: 1, cardsUpdated: 1 });
    const card = await db.cards.get('a:list:0000');
    expect(card?.back).toBe('Answer 1, reworded');
    expect(card?.state).toBe(studied.state);
    expect(card?.due).toEqual(studied.due);
    expect(card?.reps).toBe(1);
    expect(await db.reviewLog.where('cardId').equals('a:list:0000').count()).toBe(1);
    expect(await db.cards.where('deckId').equals('a').count()).toBe(4);
  });

  it('deletes vanished cards never studied and suspends vanished studied ones', async () => {
    await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
    await answerGood('a:list:0002');
    const shorter = makeDeck('a', 1, { source: { file: 'a.md', sha256: 'shorter' } });
    const result = await syncDecks(db, [shorter], FIXED_NOW);
    expect(result.cardsRetired).toBe(2);
    expect(await db.cards.get('a:list:0001')).toBeUndefined();
    expect((await db.cards.get('a:list:0002'))?.suspended).toBe(true);
  });

  it('suspends a vanished card reset to new that kept its history, rather than orphan its answers', async () => {
    await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
    await answerGood('a:list:0002');
    const later = minutesAfter(FIXED_NOW, 5);
    await applyCardAction(db, ['a:list:0002'], { type: 'forget', keepHistory: true }, later);
    expect((await db.cards.get('a:list:0002'))?.reps).toBe(0);
    const shorter = makeDeck('a', 1, { source: { file: 'a.md', sha256: 'shorter' } });
    expect((await syncDecks(db, [shorter], later)).cardsRetired).toBe(2);
    expect(await db.cards.get('a:list:0001')).toBeUndefined();
    expect((await db.cards.get('a:list:0002'))?.suspended).toBe(true);
    expect(await db.reviewLog.where('cardId').equals('a:list:0002').count()).toBe(2);
  });

  it('leaves cards the learner moved to another deck where they are when either deck changes', async () => {
    await syncDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], FIXED_NOW);
    await applyCardAction(db, ['a:list:0001'], { type: 'move', deckId: 'b' }, FIXED_NOW);
    const result = await syncDecks(
      db,
      [
        makeDeck('a', 3, { source: { file: 'a.md', sha256: 'changed-a' } }),
        makeDeck('b', 2, { source: { file: 'b.md', sha256: 'changed-b' } }),
      ],
      FIXED_NOW,
    );
    expect(result).toMatchObject({ decksUpdated: 2, cardsAdded: 0, cardsRetired: 0 });
    expect(await db.cards.get('a:list:0001')).toMatchObject({ deckId: 'b', position: 2 });
    expect(await db.cards.count()).toBe(5);
  });

  it('keeps a card text the learner edited', async () => {
    await syncDecks(db, [makeDeck('a', 1)], FIXED_NOW);
    await db.cards.update('a:list:0000', { front: 'My wording', edited: true });
    await syncDecks(db, [makeDeck('a', 1, { source: { file: 'a.md', sha256: 'v2' } })], FIXED_NOW);
    expect((await db.cards.get('a:list:0000'))?.front).toBe('My wording');
  });

  it('writes nothing when the transaction fails midway', async () => {
    await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
    db.cards.hook('creating', (primaryKey) => {
      if (primaryKey === 'b:list:0001') throw new Error('QuotaExceededError (simulated)');
    });
    await expect(syncDecks(db, [makeDeck('b', 2)], FIXED_NOW)).rejects.toThrow('simulated');
    expect(await db.decks.count()).toBe(1);
    expect(await db.cards.count()).toBe(2);
  });
});
