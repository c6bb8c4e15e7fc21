import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { State } from '../../src/domain/scheduling/scheduler.ts';
import { digestPageCards } from '../../src/domain/stats/card-digest.ts';
import { studyDaysOf } from '../../src/domain/stats/review-days.ts';
import { readCollection } from '../../src/storage/backup.ts';
import { openDatabase, Queue, type StudyDatabase } from '../../src/storage/db.ts';
import { readStudyPriority } from '../../src/storage/queue-repository.ts';
import { loadQuizSettings } from '../../src/storage/quiz-repository.ts';
import { loadDeckProgress } from '../../src/storage/deck-progress-repository.ts';
import { loadStatsData } from '../../src/storage/stats-repository.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

/*
 * The schema as earlier versions of the app declared it, frozen here on purpose: the test must
 * keep opening a database written by *that* code even after db.ts moves on.
 */
const SCHEMA_V1 = {
  decks: 'id, position',
  cards: 'id, [deckId+position], [deckId+queue+due], [deckId+queue+position]',
  reviewLog: '++id, cardId, [deckId+review], review',
  undo: '++id, deckId',
  settings: 'key',
};
const SCHEMA_V2 = {
  quizzes: '++id, *deckIds, finishedAt',
  quizAnswers: '++id, quizId, *cardIds',
};
const SCHEMA_V3 = { snapshots: '++id, createdAt' };

const reviewed = minutesAfter(FIXED_NOW, -60);
const due = minutesAfter(FIXED_NOW, 3 * 24 * 60);

const deck = {
  id: 'old',
  title: 'Old deck',
  language: 'en',
  description: '',
  source: { file: 'old.md', sha256: 'abc' },
  generatorVersion: '1',
  position: 0,
  options: DEFAULT_DECK_OPTIONS,
};

const card = {
  id: 'old:list:0000',
  deckId: 'old',
  position: 0,
  kind: 'list',
  front: 'Q',
  back: 'A',
  context: '',
  lines: [1, 1],
  edited: true,
  suspended: false,
  buriedUntil: null,
  version: 4,
  queue: Queue.Review,
  due,
  stability: 3.2,
  difficulty: 5.1,
  elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 3,
  lapses: 0,
  state: State.Review,
  last_review: reviewed,
};

const log = {
  cardId: card.id,
  deckId: 'old',
  rating: 3,
  state: State.Learning,
  due: reviewed,
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  last_elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 1,
  review: reviewed,
  durationMs: 4000,
};

/** Writes a database the way app version `version` would have, then closes it. */
async function createOldDatabase(name: string, version: 1 | 2 | 3): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  if (version >= 2) old.version(2).stores(SCHEMA_V2);
  if (version >= 3) old.version(3).stores(SCHEMA_V3);
  await old.open();
  await old.table('decks').add(deck);
  await old.table('cards').add(card);
  const logId = await old.table('reviewLog').add(log);
  await old
    .table('undo')
    .add({ cardId: card.id, deckId: 'old', logId, before: card, versionAfter: 4 });
  await old.table('settings').bulkAdd([
    { key: 'lastDeck', value: 'old' },
    { key: 'quiz-settings:old', value: { ignoreAccents: true, countAsReviews: true } },
    { key: 'study-priority:old', value: [card.id] },
  ]);
  if (version >= 2) {
    const quizId = await old
      .table('quizzes')
      .add({ deckIds: ['old'], finishedAt: reviewed, total: 1, correct: 1 });
    await old.table('quizAnswers').add({ quizId, cardIds: [card.id], verdict: 'correct' });
  }
  old.close();
}

let db: StudyDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('opening a database of an earlier version', () => {
  it.each([1, 2, 3] as const)(
    'version %i: upgrades to the current schema and loses nothing',
    async (version) => {
      const name = `migration-v${version}`;
      await createOldDatabase(name, version);

      db = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(16);
      expect(db.tables.map((table) => table.name).sort()).toEqual([
        'cardActionUndo',
        'cardDigest',
        'cards',
        'deckSources',
        'decks',
        'deletedDecks',
        'logBlocks',
        'media',
        'quizAnswers',
        'quizzes',
        'reviewDays',
        'reviewLog',
        'settings',
        'snapshots',
        'storageFlags',
        'syncOutbox',
        'syncStamps',
        'syncState',
        'undo',
      ]);

      expect(await db.decks.toArray()).toEqual([deck]);
      expect(await db.cards.toArray()).toEqual([card]);
      // Version 7 gave the stored log row a uid for sync.
      expect(await db.reviewLog.toArray()).toEqual([
        { id: 1, ...log, uid: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown },
      ]);
      expect(await db.undo.count()).toBe(1);
      // Version 5 renamed the per-deck settings to one key scheme; other keys stay.
      expect(await db.settings.orderBy('key').toArray()).toEqual([
        { key: 'lastDeck', value: 'old' },
        { key: 'quiz.options:old', value: { ignoreAccents: true, countAsReviews: true } },
        { key: 'study.priority:old', value: [card.id] },
      ]);
      expect(await loadQuizSettings(db, deck)).toEqual({
        ignoreAccents: true,
        countAsReviews: true,
      });
      expect(await readStudyPriority(db, 'old')).toEqual([card.id]);
      // Version 11 gave the stored quiz a uid for sync.
      expect((await db.quizzes.toArray()).map((quiz) => quiz.uid)).toEqual(
        version >= 2 ? [expect.stringMatching(/^[0-9a-f]{32}$/)] : [],
      );
      expect(await db.quizAnswers.where('quizId').equals(1).count()).toBe(version >= 2 ? 1 : 0);
      expect(await db.snapshots.count()).toBe(0);

      // The indexes the study screen reads still answer.
      const dueCards = await db.cards
        .where('[deckId+queue+due]')
        .between(['old', Queue.Review, Dexie.minKey], ['old', Queue.Review, Dexie.maxKey])
        .toArray();
      expect(dueCards.map((row) => row.id)).toEqual([card.id]);
      // The statistics summaries are built from the stored card and answer.
      expect(await loadDeckProgress(db, 'old', FIXED_NOW)).toEqual({
        total: 1,
        learned: 1,
        retention: { passed: 0, failed: 0 },
        answers: 1,
      });
      const stats = await loadStatsData(db, 'old', FIXED_NOW);
      expect(stats?.cardPages.flatMap(digestPageCards)).toEqual([
        {
          id: card.id,
          deckId: 'old',
          state: State.Review,
          suspended: false,
          scheduled_days: 3,
          stability: 3.2,
          difficulty: 5.1,
          last_review: reviewed,
          due,
          buriedUntil: null,
        },
      ]);
      const days = studyDaysOf(stats?.reviewDays ?? [], { now: FIXED_NOW, dayStartHour: 4 });
      expect([...days.values()].map((day) => [...day.kinds])).toEqual([[1, 0, 0, 0]]);
      // And the new table works.
      await db.snapshots.add({
        createdAt: FIXED_NOW,
        day: '2026-03-15',
        appVersion: 'x',
        counts: {},
        backup: '{}',
      });
      expect(await db.snapshots.count()).toBe(1);
      expect(Object.keys(await readCollection(db)).sort()).toEqual([
        'cards',
        'deckSources',
        'decks',
        'deletedDecks',
        'logBlocks',
        'quizAnswers',
        'quizzes',
        'reviewLog',
        'settings',
      ]);
    },
  );
});

/** The schema of version 11 (the last before 12 dropped the log's `review` index), frozen. */
const SCHEMA_V11 = {
  ...SCHEMA_V1,
  ...SCHEMA_V2,
  ...SCHEMA_V3,
  reviewLog: '++id, cardId, [deckId+review], review, uid',
  cardDigest: '[deckId+bucket]',
  reviewDays: '[deckId+day]',
  deckSources: 'deckId',
  deletedDecks: 'id',
  syncState: 'key',
  syncOutbox: 'key',
  cardActionUndo: '++id, origin',
  media: '[deckId+name]',
  quizzes: '++id, *deckIds, finishedAt, uid',
};

describe('opening a version-11 database with review rows', () => {
  it('drops the index by time alone and keeps every row, found by the indexes left', async () => {
    const name = 'migration-v11';
    const old = new Dexie(name);
    old.version(11).stores(SCHEMA_V11);
    await old.open();
    await old.table('decks').bulkAdd([deck, { ...deck, id: 'other', position: 1 }]);
    // An hour apart from three days ago on, alternating between the two decks.
    const rows = Array.from({ length: 80 }, (_, index) => ({
      ...log,
      id: index + 1,
      cardId: `${index % 2 === 0 ? 'old' : 'other'}:list:${String(index % 5)}`,
      deckId: index % 2 === 0 ? 'old' : 'other',
      review: minutesAfter(FIXED_NOW, (index - 72) * 60),
      uid: `uid-${String(index)}`,
    }));
    await old.table('reviewLog').bulkAdd(rows);
    old.close();

    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(16);
    expect(db.reviewLog.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[deckId+review]',
      'cardId',
      'uid',
    ]);
    expect(await db.reviewLog.toArray()).toEqual(rows);
    expect(await db.reviewLog.where('uid').equals('uid-7').primaryKeys()).toEqual([8]);
    expect(await db.reviewLog.where('cardId').equals('old:list:0').count()).toBe(8);
    // Statistics of all decks read each deck's answers of the last two days, oldest first.
    const stats = await loadStatsData(db, null, FIXED_NOW);
    const recent = rows.filter((row) => row.review >= minutesAfter(FIXED_NOW, -48 * 60));
    expect(recent).toHaveLength(56);
    expect(stats?.recentLogs.map((row) => [row.cardId, row.review])).toEqual(
      recent.map((row) => [row.cardId, row.review]),
    );
    const ofOld = await loadStatsData(db, 'old', FIXED_NOW);
    expect(ofOld?.recentLogs).toHaveLength(28);
  });
});
