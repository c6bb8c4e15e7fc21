import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Queue, type StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import {
  countDueToday,
  loadStudyData,
  readStudyPriority,
} from '../../src/storage/queue-repository.ts';
import {
  answerCard,
  buryCard,
  canUndoAnswer,
  CardChangedError,
  editCardText,
  setCardSuspended,
  undoLastAnswer,
  UNDO_LIMIT,
} from '../../src/storage/study-repository.ts';
import {
  answer,
  createScheduler,
  Rating,
  State,
  type Grade,
} from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { SETTINGS } from '../../src/storage/settings.ts';
import { answerIn, THIS_TAB } from '../helpers/study-answers.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
let db: StudyDatabase;

beforeEach(async () => {
  db = openTestDatabase('study');
  await syncDecks(db, [makeDeck('a', 40), makeDeck('b', 3)], FIXED_NOW);
});

function answerAt(cardId: string, rating: Grade, now = FIXED_NOW, origin = THIS_TAB) {
  return answerIn(db, cardId, rating, now, 2500, origin);
}

describe('answerCard', () => {
  it('stores exactly the state ts-fsrs computes and one log row with the state before', async () => {
    const before = await db.cards.get('a:list:0000');
    if (before === undefined) throw new Error('missing card');
    const expected = answer(scheduler, before, Rating.Good, FIXED_NOW);
    const after = await answerAt('a:list:0000', Rating.Good);
    expect(after.due).toEqual(expected.card.due);
    expect(after.state).toBe(State.Learning);
    expect(after.version).toBe(2);
    expect(after.queue).toBe(Queue.Learning);
    const logs = await db.reviewLog.toArray();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      cardId: 'a:list:0000',
      deckId: 'a',
      rating: Rating.Good,
      state: State.New,
      durationMs: 2500,
      review: FIXED_NOW,
    });
  });

  it('refuses an answer to a card changed since it was shown, and counts nothing', async () => {
    await answerAt('a:list:0000', Rating.Good);
    const stale = answerCard(db, scheduler, {
      cardId: 'a:list:0000',
      expectedVersion: 1,
      rating: Rating.Good,
      now: FIXED_NOW,
      durationMs: 1000,
    });
    await expect(stale).rejects.toBeInstanceOf(CardChangedError);
    await expect(stale).rejects.toMatchObject({ current: { version: 2, reps: 1 } });
    expect(await db.reviewLog.count()).toBe(1);
    expect(await db.undo.count()).toBe(1);
  });

  it('leaves card, log and undo unchanged when the transaction fails inside', async () => {
    const before = await db.cards.get('a:list:0000');
    db.undo.hook('creating', () => {
      throw new Error('disk full (simulated)');
    });
    await expect(answerAt('a:list:0000', Rating.Easy)).rejects.toThrow('disk full');
    expect(await db.cards.get('a:list:0000')).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.undo.count()).toBe(0);
  });
});

describe('undoLastAnswer', () => {
  it('restores the exact card and removes its log row', async () => {
    const before = await db.cards.get('a:list:0001');
    await answerAt('a:list:0000', Rating.Good);
    await answerAt('a:list:0001', Rating.Again);
    const result = await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW);
    if (result.status !== 'undone') throw new Error(`undo ${result.status}`);
    const restored = result.card;
    const { version: restoredVersion, ...restoredFields } = restored;
    const { version: beforeVersion, ...beforeFields } = before ?? { version: 0 };
    expect(restoredFields).toEqual(beforeFields);
    expect(restoredVersion).toBe(beforeVersion + 2);
    expect(await db.cards.get('a:list:0001')).toEqual(restored);
    expect((await db.reviewLog.toArray()).map((log) => log.cardId)).toEqual(['a:list:0000']);
  });

  it('undoes only the deck asked for, newest first', async () => {
    await answerAt('a:list:0000', Rating.Good);
    await answerAt('b:list:0000', Rating.Good);
    expect(await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW)).toMatchObject({
      status: 'undone',
      card: { id: 'a:list:0000', reps: 0 },
    });
    expect(await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW)).toEqual({
      status: 'nothing',
    });
    expect((await db.cards.get('b:list:0000'))?.reps).toBe(1);
  });

  it("skips another tab's later answers and answers without an origin", async () => {
    await answerAt('a:list:0000', Rating.Good);
    await answerAt('a:list:0001', Rating.Good, FIXED_NOW, 'other-tab');
    await answerCard(db, scheduler, {
      cardId: 'a:list:0002',
      expectedVersion: 1,
      rating: Rating.Good,
      now: FIXED_NOW,
      durationMs: 1000,
    });
    expect(await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW)).toMatchObject({
      status: 'undone',
      card: { id: 'a:list:0000', reps: 0 },
    });
    expect(await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW)).toEqual({
      status: 'nothing',
    });
    expect((await db.cards.get('a:list:0001'))?.reps).toBe(1);
    expect((await db.cards.get('a:list:0002'))?.reps).toBe(1);
    expect(await db.reviewLog.count()).toBe(2);
  });

  it("tells a tab it can undo while its own answer is there, behind another tab's later ones", async () => {
    const canUndo = (origin: string, deckId = 'a') => canUndoAnswer(db, { deckId, origin });
    expect(await canUndo(THIS_TAB)).toBe(false);
    await answerAt('a:list:0000', Rating.Good);
    await answerAt('a:list:0001', Rating.Good, FIXED_NOW, 'other-tab');
    await answerAt('a:list:0002', Rating.Good, FIXED_NOW, 'other-tab');
    expect(await canUndo(THIS_TAB)).toBe(true);
    expect(await canUndo('third-tab')).toBe(false);
    expect(await canUndo(THIS_TAB, 'b')).toBe(false);
    await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW);
    expect(await canUndo(THIS_TAB)).toBe(false);
    expect(await canUndo('other-tab')).toBe(true);
  });

  it('refuses when the card changed after the answer (another tab answered it again)', async () => {
    await answerAt('a:list:0000', Rating.Again);
    await db.cards.update('a:list:0000', { version: 99 });
    expect(await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW)).toEqual({
      status: 'conflict',
      cardId: 'a:list:0000',
    });
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(1);
    expect(await db.reviewLog.count()).toBe(1);
    expect(await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW)).toEqual({
      status: 'nothing',
    });
  });

  it(`keeps only the last ${UNDO_LIMIT} answers undoable`, async () => {
    for (let index = 0; index < UNDO_LIMIT + 5; index += 1) {
      await answerAt(`a:list:${String(index).padStart(4, '0')}`, Rating.Good);
    }
    expect(await db.undo.count()).toBe(UNDO_LIMIT);
    let undone = 0;
    while (
      (await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, FIXED_NOW)).status === 'undone'
    )
      undone += 1;
    expect(undone).toBe(UNDO_LIMIT);
    expect(await db.reviewLog.count()).toBe(5);
    expect((await db.cards.get('a:list:0004'))?.reps).toBe(1);
    expect((await db.cards.get('a:list:0005'))?.reps).toBe(0);
  });
});

describe('loadStudyData', () => {
  it('returns due learning cards and the first new cards within the daily limit', async () => {
    await answerAt('a:list:0000', Rating.Again);
    const data = await loadStudyData(db, 'a', minutesAfter(FIXED_NOW, 2));
    expect(data?.today).toEqual({ newIntroduced: 1, reviewsDone: 0 });
    const ids = data?.cards.map((card) => card.id) ?? [];
    expect(ids[0]).toBe('a:list:0000');
    expect(ids.slice(1)).toEqual(
      Array.from({ length: 19 }, (_, index) => `a:list:${String(index + 1).padStart(4, '0')}`),
    );
  });

  it('leaves out suspended cards and includes buried ones for the queue to judge', async () => {
    await setCardSuspended(db, 'a:list:0000', 1, true, FIXED_NOW);
    await buryCard(db, 'a:list:0001', 1, minutesAfter(FIXED_NOW, 60 * 20), FIXED_NOW);
    const data = await loadStudyData(db, 'a', FIXED_NOW);
    const ids = data?.cards.map((card) => card.id) ?? [];
    expect(ids).not.toContain('a:list:0000');
    expect(ids).toContain('a:list:0001');
    expect((await db.cards.get('a:list:0001'))?.queue).toBe(Queue.Buried);
  });

  it('is undefined for a deck that does not exist', async () => {
    expect(await loadStudyData(db, 'missing', FIXED_NOW)).toBeUndefined();
  });
});

describe('editCardText', () => {
  it('saves trimmed text, marks the card edited and checks the version', async () => {
    const edited = await editCardText(db, 'a:list:0000', 1, { front: ' Q ', back: 'A' }, FIXED_NOW);
    expect(edited).toMatchObject({ front: 'Q', back: 'A', edited: true, version: 2 });
    await expect(
      editCardText(db, 'a:list:0000', 1, { front: 'x', back: 'y' }, FIXED_NOW),
    ).rejects.toBeInstanceOf(CardChangedError);
    expect(() => editCardText(db, 'a:list:0000', 2, { front: ' ', back: 'y' }, FIXED_NOW)).toThrow(
      'A card needs a front and a back.',
    );
  });
});

describe('priority cards (missed in a quiz)', () => {
  it('loads them past the new-card limit, in the saved order, and counts them for today', async () => {
    await db.settings.put({
      key: SETTINGS.studyPriority('a').key,
      value: ['a:list:0035', 'a:list:0002'],
    });
    const data = await loadStudyData(db, 'a', FIXED_NOW);
    expect(data?.priority).toEqual(['a:list:0035', 'a:list:0002']);
    expect(data?.cards.filter((card) => card.id === 'a:list:0035')).toHaveLength(1);
    expect(data?.cards.filter((card) => card.id === 'a:list:0002')).toHaveLength(1);
    expect(await countDueToday(db, 'a', FIXED_NOW)).toEqual({ new: 21, learning: 0, review: 0 });
  });

  it('ignores ids of another deck and a malformed setting', async () => {
    await db.settings.put({ key: SETTINGS.studyPriority('a').key, value: ['b:list:0001', 7] });
    const data = await loadStudyData(db, 'a', FIXED_NOW);
    expect(data?.cards.some((card) => card.deckId !== 'a')).toBe(false);
    await db.settings.put({ key: SETTINGS.studyPriority('a').key, value: 'nonsense' });
    expect(await readStudyPriority(db, 'a')).toEqual([]);
  });

  it('takes an answered card off the list in the answer transaction', async () => {
    await db.settings.put({
      key: SETTINGS.studyPriority('a').key,
      value: ['a:list:0035', 'a:list:0002'],
    });
    await answerAt('a:list:0035', Rating.Good);
    expect(await readStudyPriority(db, 'a')).toEqual(['a:list:0002']);
    await answerAt('a:list:0010', Rating.Good);
    expect(await readStudyPriority(db, 'a')).toEqual(['a:list:0002']);
  });
});
