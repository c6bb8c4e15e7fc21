import 'fake-indexeddb/auto';
import { Dexie, type Table } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { parseBackupJson } from '../../src/domain/backup/backup-format.ts';
import { Rating, type Grade } from '../../src/domain/scheduling/scheduler.ts';
import { describeBackupTables, exportBackup, readCollection } from '../../src/storage/backup.ts';
import { importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';
import { Queue, type StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { saveFittedParameters } from '../../src/storage/fsrs-parameters-repository.ts';
import { readStudyPriority } from '../../src/storage/queue-repository.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

const APP = { appVersion: '9.9.9' };
function freshDatabase(): StudyDatabase {
  return openTestDatabase('backup');
}

function answerAt(db: StudyDatabase, cardId: string, rating: Grade, now: Date) {
  return answerIn(db, cardId, rating, now, 2000);
}

/** A finished one-question quiz on deck a, as the quiz feature stores it. */
async function addQuiz(db: StudyDatabase, finishedAt: Date): Promise<number> {
  return db.transaction('rw', db.quizzes, db.quizAnswers, async () => {
    const quizId = await db.quizzes.add({
      deckIds: ['a'],
      seed: 42,
      pool: 'all',
      types: ['typed'],
      startedAt: minutesAfter(finishedAt, -2),
      finishedAt,
      durationMs: 120_000,
      total: 1,
      correct: 1,
    });
    await db.quizAnswers.add({
      quizId,
      position: 0,
      type: 'typed',
      deckId: 'a',
      cardIds: ['a:list:0003'],
      items: [
        {
          cardId: 'a:list:0003',
          prompt: 'Question 4',
          given: 'Answer 4',
          expected: 'Answer 4',
          verdict: 'correct',
        },
      ],
      verdict: 'correct',
      durationMs: 9000,
    });
    return quizId;
  });
}

/** A collection with two decks, three answers (one card twice) and a setting. */
async function studiedDatabase(): Promise<StudyDatabase> {
  const db = freshDatabase();
  await syncDecks(db, [makeDeck('a', 5), makeDeck('b', 2)], FIXED_NOW);
  await answerAt(db, 'a:list:0000', Rating.Good, FIXED_NOW);
  await answerAt(db, 'a:list:0001', Rating.Again, minutesAfter(FIXED_NOW, 1));
  await answerAt(db, 'a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 12));
  await db.settings.put({ key: 'theme', value: { dark: true, since: FIXED_NOW } });
  await addQuiz(db, minutesAfter(FIXED_NOW, 20));
  return db;
}

async function exportText(db: StudyDatabase): Promise<string> {
  return (await exportBackup(db, { now: minutesAfter(FIXED_NOW, 30), ...APP })).text;
}

function parsed(db: StudyDatabase, text: string) {
  const result = parseBackupFor(db, text, FIXED_NOW);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.backup;
}

describe('exportBackup', () => {
  it('writes every table but undo and snapshots, with header and counts', async () => {
    const db = await studiedDatabase();
    const { backup, fileName } = await exportBackup(db, { now: FIXED_NOW, ...APP });
    expect(fileName).toBe('deckwright-backup-2026-03-15.json');
    expect(backup).toMatchObject({
      format: 'deckwright-backup',
      formatVersion: 1,
      appVersion: '9.9.9',
      schemaVersion: db.verno,
      exportedAt: FIXED_NOW,
    });
    expect(backup.counts).toEqual({
      decks: 2,
      cards: 7,
      reviewLog: 3,
      logBlocks: 0,
      settings: 1,
      quizzes: 1,
      quizAnswers: 1,
      deckSources: 0,
      deletedDecks: 0,
    });
    expect(Object.keys(backup.tables)).not.toContain('undo');
    expect(Object.keys(backup.tables)).not.toContain('snapshots');
  });

  it('includes a table added by a later schema version without any change to the backup code', async () => {
    const db = openTestDatabase('backup');
    db.version(99).stores({ quizResults: '++id, deckId' });
    await db.table('quizResults').add({ deckId: 'a', score: 4, at: FIXED_NOW });
    const { backup } = await exportBackup(db, { now: FIXED_NOW, ...APP });
    expect(backup.tables.quizResults).toEqual([{ id: 1, deckId: 'a', score: 4, at: FIXED_NOW }]);
    expect(describeBackupTables(db)).toContainEqual({
      name: 'quizResults',
      primaryKey: 'id',
      autoIncrement: true,
    });
  });
});

describe('import "replace"', () => {
  it('brings a deleted collection back exactly, dates included', async () => {
    const db = await studiedDatabase();
    const before = await readCollection(db);
    const text = await exportText(db);
    await db.delete();

    const restored = freshDatabase();
    const result = await importBackup(restored, parsed(restored, text), 'replace', FIXED_NOW);
    expect(result.added).toMatchObject({ decks: 2, cards: 7, reviewLog: 3, settings: 1 });
    const after = await readCollection(restored);
    expect(after).toEqual(before);
    expect(after.cards?.find((card) => card.id === 'a:list:0000')?.last_review).toBeInstanceOf(
      Date,
    );
  });

  it("carries a deck's fitted FSRS parameters; other decks (and older backups) have none", async () => {
    const db = await studiedDatabase();
    const fitted = {
      weights: Array.from({ length: 21 }, (_, index) => index / 10),
      fittedAt: FIXED_NOW.toISOString(),
      reviewCount: 3,
    };
    await saveFittedParameters(db, 'a', fitted);
    const text = await exportText(db);

    const restored = freshDatabase();
    await importBackup(restored, parsed(restored, text), 'replace', FIXED_NOW);
    expect((await restored.decks.get('a'))?.options.fsrsParameters).toEqual(fitted);
    expect((await restored.decks.get('b'))?.options.fsrsParameters).toBeUndefined();

    const damaged = text.replace('"reviewCount":3', '"reviewCount":-3');
    expect(parseBackupFor(restored, damaged, FIXED_NOW)).toMatchObject({ ok: false });
  });

  it('removes what the backup does not have and clears undo', async () => {
    const db = await studiedDatabase();
    const text = await exportText(db);
    await answerAt(db, 'b:list:0000', Rating.Easy, minutesAfter(FIXED_NOW, 40));
    await db.settings.put({ key: 'later', value: 1 });
    expect(await db.undo.count()).toBe(4);

    await importBackup(db, parsed(db, text), 'replace', minutesAfter(FIXED_NOW, 50));
    expect(await db.reviewLog.count()).toBe(3);
    expect(await db.settings.get('later')).toBeUndefined();
    expect(await db.undo.count()).toBe(0);
    const card = await db.cards.get('b:list:0000');
    expect(card?.reps).toBe(0);
    expect(card?.queue).toBe(Queue.New);
    // Version 2 was stored; the restored card must not look unchanged to a stale screen.
    expect(card?.version).toBe(3);
  });
});

describe('a backup of schema version 4 or earlier', () => {
  it.each(['replace', 'merge'] as const)(
    '%s: its settings are stored under the keys of today',
    async (mode) => {
      const db = await studiedDatabase();
      const old = JSON.parse(await exportText(db)) as {
        schemaVersion: number;
        checksum?: string;
        counts: Record<string, number>;
        tables: { settings: { key: string; value: unknown }[] };
      };
      old.schemaVersion = 4;
      delete old.checksum;
      old.tables.settings.push(
        { key: 'study-priority:b', value: ['b:list:0001'] },
        { key: 'quiz-settings:b', value: { ignoreAccents: true, countAsReviews: false } },
      );
      old.counts.settings = old.tables.settings.length;
      await importBackup(db, parsed(db, JSON.stringify(old)), mode, minutesAfter(FIXED_NOW, 40));
      expect((await db.settings.toCollection().primaryKeys()).sort()).toEqual([
        'quiz.options:b',
        'study.priority:b',
        'theme',
      ]);
      expect(await readStudyPriority(db, 'b')).toEqual(['b:list:0001']);
    },
  );
});

describe('import "merge"', () => {
  it('keeps the newer state of each card and unites the review logs', async () => {
    const db = await studiedDatabase();
    const text = await exportText(db);
    // Here: a:list:0001 studied again later; b:list:0000 studied for the first time.
    await answerAt(db, 'a:list:0001', Rating.Good, minutesAfter(FIXED_NOW, 60));
    await answerAt(db, 'b:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 61));
    const storedCard = await db.cards.get('a:list:0001');

    // The other device: the backup has a:list:0002 answered, which this collection lacks.
    const other = freshDatabase();
    await importBackup(other, parsed(other, text), 'replace', FIXED_NOW);
    await answerAt(other, 'a:list:0002', Rating.Hard, minutesAfter(FIXED_NOW, 70));
    await addQuiz(other, minutesAfter(FIXED_NOW, 75));
    // Here: another quiz, so the backup's second quiz id (2) is taken by a different quiz.
    await addQuiz(db, minutesAfter(FIXED_NOW, 65));
    const otherCard = await other.cards.get('a:list:0002');
    const otherText = await exportText(other);

    const result = await importBackup(
      db,
      parsed(db, otherText),
      'merge',
      minutesAfter(FIXED_NOW, 80),
    );
    expect(result.added).toMatchObject({ reviewLog: 1, cards: 0, decks: 0, quizzes: 1 });
    const quizzes = await db.quizzes.orderBy('finishedAt').toArray();
    expect(quizzes.map((quiz) => [quiz.id, quiz.finishedAt])).toEqual([
      [1, minutesAfter(FIXED_NOW, 20)],
      [2, minutesAfter(FIXED_NOW, 65)],
      [3, minutesAfter(FIXED_NOW, 75)],
    ]);
    expect(await db.quizAnswers.where('quizId').equals(3).count()).toBe(1);
    expect(await db.quizAnswers.count()).toBe(3);
    expect(result.updated).toMatchObject({ cards: 1 });
    expect(await db.reviewLog.count()).toBe(6);
    const logKeys = (await db.reviewLog.toCollection().sortBy('review')).map(
      (log) => `${log.cardId}@${log.review.toISOString()}`,
    );
    expect(new Set(logKeys).size).toBe(6);
    expect((await db.cards.get('a:list:0001'))?.reps).toBe(storedCard?.reps);
    expect((await db.cards.get('a:list:0002'))?.due).toEqual(otherCard?.due);
    expect((await db.cards.get('b:list:0000'))?.reps).toBe(1);
  });

  it('merging the same backup twice adds nothing the second time', async () => {
    const db = await studiedDatabase();
    const text = await exportText(db);
    const result = await importBackup(db, parsed(db, text), 'merge', FIXED_NOW);
    expect(Object.values(result.added).reduce((sum, n) => sum + n, 0)).toBe(0);
    expect(Object.values(result.updated).reduce((sum, n) => sum + n, 0)).toBe(0);
    expect(await db.reviewLog.count()).toBe(3);
  });
});

describe('a failing import changes nothing', () => {
  it.each(['replace', 'merge'] as const)(
    '%s: a full disk part-way leaves every table as it was',
    async (mode) => {
      const db = await studiedDatabase();
      const other = freshDatabase();
      await syncDecks(other, [makeDeck('c', 3)], FIXED_NOW);
      await answerAt(other, 'c:list:0000', Rating.Good, FIXED_NOW);
      await other.settings.bulkPut([
        { key: 'theme', value: 'light' },
        { key: 'other', value: 2 },
      ]);
      const text = await exportText(other);
      const before = await readCollection(db);
      const undoBefore = await db.undo.count();

      // Settings, written after cards and review log, fail the way IndexedDB does when the quota
      // is exceeded.
      const tablePrototype = Object.getPrototypeOf(db.settings) as Table;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the right `this` below
      const { bulkPut } = tablePrototype;
      vi.spyOn(tablePrototype, 'bulkPut').mockImplementation(function (
        this: Table,
        ...args: Parameters<Table['bulkPut']>
      ) {
        if (this.name !== 'settings') return bulkPut.apply(this, args);
        return Dexie.Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        );
      });
      await db.settings.put({ key: 'mine', value: 1 });
      const withSetting = await readCollection(db);
      await expect(importBackup(db, parsed(db, text), mode, FIXED_NOW)).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
      expect(await readCollection(db)).toEqual(withSetting);
      expect(withSetting.cards).toEqual(before.cards);
      expect(await db.undo.count()).toBe(undoBefore);
    },
  );
});

describe('dates in the file', () => {
  it('are tagged, so a string in card text stays a string', async () => {
    const db = await studiedDatabase();
    await db.cards.update('a:list:0003', { front: '2026-03-15T10:00:00.000Z' });
    const file = parseBackupJson(await exportText(db)) as {
      tables: { cards: { id: string; front: unknown; due: unknown }[] };
    };
    const card = file.tables.cards.find((row) => row.id === 'a:list:0003');
    expect(card?.front).toBe('2026-03-15T10:00:00.000Z');
    expect(card?.due).toBeInstanceOf(Date);
  });
});
