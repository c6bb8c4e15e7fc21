import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, Rating, type Grade } from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { forgetAnswer, journalAnswer, replayJournal } from '../../src/storage/answer-journal.ts';
import { openDatabase, type StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import {
  prepareAnswer,
  undoLastAnswer,
  writeAnswer,
  type PreparedAnswer,
} from '../../src/storage/study-repository.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';
import { answerIn, THIS_TAB } from '../helpers/study-answers.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
let db: StudyDatabase;

beforeEach(async () => {
  localStorage.clear();
  db = openTestDatabase('journal');
  await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
});
afterEach(() => {
  localStorage.clear();
});

/** The answer the study screen would give `cardId` as stored now, at `now`. */
async function prepared(cardId: string, rating: Grade, now: Date): Promise<PreparedAnswer> {
  const card = await db.cards.get(cardId);
  if (card === undefined) throw new Error(`no card ${cardId}`);
  return prepareAnswer(scheduler, card, { rating, now, durationMs: 2500, origin: THIS_TAB });
}

const pendingKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('deckwright.pending.'));

describe('the answer journal', () => {
  it('replays an answer never written: the very row and card state, summaries in step, once', async () => {
    const answer = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    expect(journalAnswer(answer)).toBe(true);
    expect(pendingKeys()).toEqual([`deckwright.pending.${answer.log.uid}`]);

    expect(await replayJournal(db)).toEqual({ written: 1, changed: 0, unreadable: 0, failed: 0 });
    expect(pendingKeys()).toEqual([]);
    const rows = await db.reviewLog.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({ ...answer.log, id: rows[0]?.id });
    expect(await db.cards.get('a:list:0000')).toEqual(answer.card);
    const { days } = await expectSummariesInStep(db);
    expect(days.flatMap((day) => [...day.counts]).reduce((a, b) => a + b, 0)).toBe(1);
    // It can be undone by the tab that gave it, as any answer.
    expect(
      (await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, minutesAfter(FIXED_NOW, 2)))
        .status,
    ).toBe('undone');

    expect(await replayJournal(db)).toEqual({ written: 0, changed: 0, unreadable: 0, failed: 0 });
  });

  it('an answer already stored (committed before the unload, or by another tab) is not stored twice', async () => {
    const answer = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    journalAnswer(answer);
    expect(await writeAnswer(db, answer)).toBe('written');

    expect(await replayJournal(db)).toEqual({ written: 0, changed: 0, unreadable: 0, failed: 0 });
    expect(await db.reviewLog.count()).toBe(1);
    expect(pendingKeys()).toEqual([]);
    // The tab's own write, ending after another tab's replay, finds it stored too.
    expect(await writeAnswer(db, answer)).toBe('stored');
    expect(await db.reviewLog.count()).toBe(1);
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(1);
  });

  it('two tabs replaying at once store the answer once', async () => {
    const answer = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    journalAnswer(answer);
    // A second connection to the same database, as another tab has.
    const other = openDatabase(db.name);
    const results = await Promise.all([replayJournal(db), replayJournal(other)]);
    other.close();
    expect(results.map((result) => result.written).sort()).toEqual([0, 1]);
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('an answer to a card changed elsewhere since is dropped and counted; the others are written', async () => {
    const first = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    const second = await prepared('a:list:0001', Rating.Easy, minutesAfter(FIXED_NOW, 2));
    journalAnswer(first);
    journalAnswer(second);
    await answerIn(db, 'a:list:0000', Rating.Again, FIXED_NOW, 1000, 'other-tab');

    expect(await replayJournal(db)).toEqual({ written: 1, changed: 1, unreadable: 0, failed: 0 });
    expect(pendingKeys()).toEqual([]);
    expect((await db.reviewLog.toArray()).map((row) => [row.cardId, row.rating])).toEqual([
      ['a:list:0000', Rating.Again],
      ['a:list:0001', Rating.Easy],
    ]);
  });

  it('two answers to one card are replayed in the order given', async () => {
    const first = await prepared('a:list:0000', Rating.Again, minutesAfter(FIXED_NOW, 1));
    const card = first.card;
    const second = prepareAnswer(scheduler, card, {
      rating: Rating.Good,
      now: minutesAfter(FIXED_NOW, 2),
      durationMs: 1000,
      origin: THIS_TAB,
    });
    // Kept newest first: the order of keys in localStorage says nothing.
    journalAnswer(second);
    journalAnswer(first);

    expect(await replayJournal(db)).toEqual({ written: 2, changed: 0, unreadable: 0, failed: 0 });
    expect(await db.cards.get('a:list:0000')).toEqual(second.card);
    expect((await db.reviewLog.toArray()).map((row) => row.rating)).toEqual([
      Rating.Again,
      Rating.Good,
    ]);
  });

  it('an entry that cannot be read is dropped and counted; nothing else is lost', async () => {
    const answer = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    journalAnswer(answer);
    localStorage.setItem('deckwright.pending.broken', '{"card": ');
    localStorage.setItem('deckwright.pending.wrong', JSON.stringify({ card: { id: 1 } }));
    localStorage.setItem('deckwright.tab', 'tab-1');

    expect(await replayJournal(db)).toEqual({ written: 1, changed: 0, unreadable: 2, failed: 0 });
    expect(pendingKeys()).toEqual([]);
    expect(localStorage.getItem('deckwright.tab')).toBe('tab-1');
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('an answer whose write fails is kept for the next start', async () => {
    const answer = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    journalAnswer(answer);
    const add = vi.spyOn(db.reviewLog, 'add').mockRejectedValueOnce(new Error('The disk is full.'));

    expect(await replayJournal(db)).toEqual({ written: 0, changed: 0, unreadable: 0, failed: 1 });
    expect(pendingKeys()).toHaveLength(1);
    expect(await db.reviewLog.count()).toBe(0);
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(0);

    add.mockRestore();
    expect(await replayJournal(db)).toEqual({ written: 1, changed: 0, unreadable: 0, failed: 0 });
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('a forgotten answer is not replayed', async () => {
    const answer = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    journalAnswer(answer);
    forgetAnswer(answer.log.uid);
    expect(await replayJournal(db)).toEqual({ written: 0, changed: 0, unreadable: 0, failed: 0 });
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('says so when localStorage refuses an entry', async () => {
    const answer = await prepared('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 1));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(journalAnswer(answer)).toBe(false);
  });
});
