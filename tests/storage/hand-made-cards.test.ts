import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDeck, syncDecks } from '../../src/storage/deck-sync.ts';
import { addCardsByHand } from '../../src/storage/hand-made-cards.ts';
import { countDueToday } from '../../src/storage/queue-repository.ts';
import { answerCard } from '../../src/storage/study-repository.ts';
import type { HandCardInput } from '../../src/domain/deck/hand-made-cards.ts';
import { createScheduler, Rating, State } from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';

let db: StudyDatabase;
beforeEach(async () => {
  db = openTestDatabase('hand-made-cards');
  await syncDecks(db, [makeDeck('a', 3), makeDeck('b', 1)], FIXED_NOW);
});

const note: HandCardInput = {
  type: 'cloze',
  text: '{{c1::Oslo}} is the capital of {{c2::Norway}}.',
  extra: '',
};

describe('addCardsByHand', () => {
  it('stores a cloze note as new cards after the deck’s last, studyable at once', async () => {
    const added = await addCardsByHand(db, 'a', note, FIXED_NOW, 'n1');
    expect(added.ok && added.cards.map((card) => card.back)).toEqual(['Oslo', 'Norway']);
    const cards = await db.cards.where('deckId').equals('a').sortBy('position');
    expect(cards.map((card) => [card.id, card.position, card.state, card.front])).toEqual([
      ['a:list:0000', 0, State.New, 'Question 1'],
      ['a:list:0001', 1, State.New, 'Question 2'],
      ['a:list:0002', 2, State.New, 'Question 3'],
      ['a:added:n1-c1', 3, State.New, '_____ is the capital of Norway.'],
      ['a:added:n1-c2', 4, State.New, 'Oslo is the capital of _____.'],
    ]);
    expect(await countDueToday(db, 'a', FIXED_NOW)).toEqual({ new: 5, learning: 0, review: 0 });
    await expectSummariesInStep(db);
  });

  it('writes nothing for bad input, a missing deck or a taken card id', async () => {
    const unclosed = { type: 'cloze', text: '{{c1::Oslo', extra: '' } as const;
    expect(await addCardsByHand(db, 'a', unclosed, FIXED_NOW, 'n1')).toEqual({
      ok: false,
      problem: { code: 'unclosed', number: 1 },
    });
    await expect(addCardsByHand(db, 'gone', note, FIXED_NOW, 'n1')).rejects.toThrow('gone');
    const second = { ...note, text: 'Oslo is the capital of {{c2::Norway}}.' };
    await addCardsByHand(db, 'a', second, FIXED_NOW, 'n1');
    await expect(addCardsByHand(db, 'a', note, FIXED_NOW, 'n1')).rejects.toThrow();
    expect(await db.cards.where('deckId').equals('a').count()).toBe(4);
    await expectSummariesInStep(db);
  });

  it('keeps hand-made cards, studied or not, through a bundled deck’s sync and a regeneration', async () => {
    await addCardsByHand(db, 'a', note, FIXED_NOW, 'n1');
    await answerCard(db, createScheduler(DEFAULT_DECK_OPTIONS), {
      cardId: 'a:added:n1-c2',
      expectedVersion: 1,
      rating: Rating.Good,
      now: FIXED_NOW,
      durationMs: 2000,
    });
    const shorter = makeDeck('a', 1, { source: { file: 'a.md', sha256: 'shorter' } });
    const synced = await syncDecks(db, [shorter], minutesAfter(FIXED_NOW, 5));
    expect(synced.cardsRetired).toBe(2);
    expect(await syncDeck(db, shorter, minutesAfter(FIXED_NOW, 6))).toMatchObject({ retired: 0 });
    const cards = await db.cards.where('deckId').equals('a').sortBy('position');
    expect(cards.map((card) => [card.id, card.suspended, card.reps])).toEqual([
      ['a:list:0000', false, 0],
      ['a:added:n1-c1', false, 0],
      ['a:added:n1-c2', false, 1],
    ]);
  });
});
