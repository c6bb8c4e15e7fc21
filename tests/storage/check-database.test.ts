import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { Rating, State } from '../../src/domain/scheduling/scheduler.ts';
import { runCardAction } from '../../src/storage/card-actions.ts';
import { checkDatabase, repairedAnything } from '../../src/storage/check-database.ts';
import { Queue, type StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

let db: StudyDatabase;
const LATER = minutesAfter(FIXED_NOW, 3 * 24 * 60);

/** Deck a (5 cards, three answered, one of them twice) and deck b (2 cards, one answered). */
beforeEach(async () => {
  db = openTestDatabase('check');
  await syncDecks(db, [makeDeck('a', 5), makeDeck('b', 2)], FIXED_NOW);
  await answerIn(db, 'a:list:0000', Rating.Good, FIXED_NOW);
  await answerIn(db, 'a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 10));
  await answerIn(db, 'a:list:0001', Rating.Again, minutesAfter(FIXED_NOW, 1));
  await answerIn(db, 'a:list:0002', Rating.Easy, minutesAfter(FIXED_NOW, 2));
  await answerIn(db, 'b:list:0000', Rating.Hard, minutesAfter(FIXED_NOW, 3));
});

const SOUND = {
  cardsChecked: 7,
  cardsRepaired: [],
  queuesFixed: 0,
  orphanReviews: 0,
  orphanCards: 0,
  orphanUndo: 0,
  closedTabSteps: 0,
  orphanQuizAnswers: 0,
  orphanMedia: 0,
  summariesFixed: 0,
};

describe('checkDatabase on a sound database', () => {
  it('finds nothing and changes nothing', async () => {
    const before = await db.cards.toArray();
    const report = await checkDatabase(db, LATER, null);
    expect(report).toEqual(SOUND);
    expect(repairedAnything(report)).toBe(false);
    expect(await db.cards.toArray()).toEqual(before);
  });

  it('does not reschedule cards after the deck options changed', async () => {
    await db.decks.update('a', {
      options: { ...DEFAULT_DECK_OPTIONS, desiredRetention: 0.8, learningSteps: ['5m'] },
    });
    expect(await checkDatabase(db, LATER, null)).toEqual(SOUND);
  });
});

describe('checkDatabase repairs a damaged database', () => {
  it('a card whose state disagrees with its review log gets the replayed state', async () => {
    const sound = await db.cards.get('a:list:0000');
    await db.cards.update('a:list:0000', { reps: 7, lapses: 2 });
    await db.cards.update('a:list:0002', { stability: Number.NaN });
    await db.cards.update('b:list:0000', { state: State.New, last_review: undefined });

    const report = await checkDatabase(db, LATER, null);
    expect(report.cardsRepaired).toEqual([
      { cardId: 'a:list:0000', fields: ['reps', 'lapses'] },
      { cardId: 'a:list:0002', fields: ['stability'] },
      { cardId: 'b:list:0000', fields: ['state', 'last_review'] },
    ]);
    const repaired = await db.cards.get('a:list:0000');
    expect({ ...repaired, version: 0 }).toEqual({ ...sound, version: 0 });
    expect(repaired?.version).toBe((sound?.version ?? 0) + 1);
    expect((await db.cards.get('a:list:0002'))?.stability).toBeGreaterThan(0);
    expect((await db.cards.get('b:list:0000'))?.state).toBe(State.Learning);
    expect(await checkDatabase(db, LATER, null)).toEqual(SOUND);
  });

  it('a card in the wrong queue is put back in its own', async () => {
    await db.cards.update('a:list:0003', { queue: Queue.Review });
    const report = await checkDatabase(db, LATER, null);
    expect(report).toEqual({ ...SOUND, queuesFixed: 1 });
    expect((await db.cards.get('a:list:0003'))?.queue).toBe(Queue.New);
  });

  it('orphans go: reviews and undo of a missing card, cards of a missing deck, quiz answers of a missing quiz', async () => {
    await db.cards.delete('a:list:0001');
    await db.decks.delete('b');
    await db.quizAnswers.add({
      quizId: 99,
      position: 0,
      type: 'typed',
      deckId: 'a',
      cardIds: ['a:list:0000'],
      items: [],
      verdict: 'correct',
      durationMs: 1000,
    });

    const report = await checkDatabase(db, LATER, null);
    expect(report).toEqual({
      ...SOUND,
      cardsChecked: 4,
      orphanCards: 2,
      // a:list:0001's answer and b:list:0000's.
      orphanReviews: 2,
      orphanUndo: 2,
      orphanQuizAnswers: 1,
    });
    expect((await db.reviewLog.toArray()).map((log) => log.cardId).sort()).toEqual([
      'a:list:0000',
      'a:list:0000',
      'a:list:0002',
    ]);
    expect(await db.cards.where('deckId').equals('b').count()).toBe(0);
    expect(await db.undo.count()).toBe(3);
    expect(await db.quizAnswers.count()).toBe(0);
    await expectSummariesInStep(db);
  });

  it('card-action undo steps of closed tabs go; open tabs keep theirs; unknown tabs keep all', async () => {
    const suspend = { type: 'suspend', suspended: true } as const;
    await runCardAction(
      db,
      ['a:list:0003'],
      suspend,
      { origin: 'tab-open', name: 'suspend' },
      LATER,
    );
    await runCardAction(
      db,
      ['a:list:0004'],
      suspend,
      { origin: 'tab-gone', name: 'suspend' },
      LATER,
    );
    await runCardAction(
      db,
      ['b:list:0001'],
      suspend,
      { origin: 'tab-gone', name: 'suspend' },
      LATER,
    );

    expect((await checkDatabase(db, LATER, null)).closedTabSteps).toBe(0);
    expect(await db.cardActionUndo.count()).toBe(3);

    const report = await checkDatabase(db, LATER, new Set(['tab-open', 'tab-other']));
    expect(report.closedTabSteps).toBe(2);
    expect(repairedAnything(report)).toBe(true);
    expect((await db.cardActionUndo.toArray()).map((step) => step.origin)).toEqual(['tab-open']);

    expect((await checkDatabase(db, LATER, new Set())).closedTabSteps).toBe(1);
    expect(await db.cardActionUndo.count()).toBe(0);
  });

  it('statistics summaries out of step are rebuilt', async () => {
    const pages = await db.cardDigest.toArray();
    await db.cardDigest.delete([pages[0]?.deckId ?? '', pages[0]?.bucket ?? 0]);
    await db.reviewDays.clear();

    const report = await checkDatabase(db, LATER, null);
    expect(report.summariesFixed).toBe(3);
    expect(report.cardsRepaired).toEqual([]);
    await expectSummariesInStep(db);
    expect(await checkDatabase(db, LATER, null)).toEqual(SOUND);
  });
});
