import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rating, type Grade } from '../../src/domain/scheduling/scheduler.ts';
import { exportBackup } from '../../src/storage/backup.ts';
import { importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { importReviewHistory } from '../../src/storage/review-import.ts';
import {
  buryCard,
  editCardText,
  setCardSuspended,
  undoLastAnswer,
} from '../../src/storage/study-repository.ts';
import { deleteDeck } from '../../src/storage/user-decks.ts';
import { makeDeck } from '../helpers/decks.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { answerIn, THIS_TAB } from '../helpers/study-answers.ts';

let db: StudyDatabase;

beforeEach(async () => {
  db = openTestDatabase('summaries');
  await syncDecks(db, [makeDeck('a', 40), makeDeck('b', 3)], FIXED_NOW);
});

function answer(cardId: string, rating: Grade, minutes: number) {
  return answerIn(db, cardId, rating, minutesAfter(FIXED_NOW, minutes));
}

async function versionOf(cardId: string) {
  return (await db.cards.get(cardId))?.version ?? 0;
}

describe('statistics summaries stay in step with cards and review log', () => {
  it('after the decks are stored', async () => {
    const { cards } = await expectSummariesInStep(db);
    expect(cards).toHaveLength(43);
  });

  it('after answers and undo', async () => {
    await answer('a:list:0000', Rating.Good, 0);
    await answer('a:list:0001', Rating.Again, 1);
    await answer('a:list:0000', Rating.Good, 12);
    await answer('b:list:0000', Rating.Good, 60 * 24);
    await expectSummariesInStep(db);
    await undoLastAnswer(db, { deckId: 'a', origin: THIS_TAB }, minutesAfter(FIXED_NOW, 13));
    const { days } = await expectSummariesInStep(db);
    const answers = days.reduce((sum, day) => sum + day.counts.reduce((a, b) => a + b, 0), 0);
    expect(answers).toBe(3);
  });

  it('after bury, suspend and an edit', async () => {
    await buryCard(
      db,
      'a:list:0002',
      await versionOf('a:list:0002'),
      minutesAfter(FIXED_NOW, 600),
      FIXED_NOW,
    );
    await setCardSuspended(db, 'a:list:0003', await versionOf('a:list:0003'), true, FIXED_NOW);
    await editCardText(
      db,
      'a:list:0004',
      await versionOf('a:list:0004'),
      { front: 'F', back: 'B' },
      FIXED_NOW,
    );
    const { cards } = await expectSummariesInStep(db);
    expect(cards.find((card) => card.id === 'a:list:0003')?.suspended).toBe(true);
    expect(cards.find((card) => card.id === 'a:list:0002')?.buriedUntil).toEqual(
      minutesAfter(FIXED_NOW, 600),
    );
  });

  it('after a regenerated deck drops and adds cards', async () => {
    await answer('a:list:0039', Rating.Good, 0);
    const regenerated = { source: { file: 'x.md', sha256: 'v2' } };
    await syncDecks(db, [makeDeck('a', 45, regenerated), makeDeck('b', 1, regenerated)], FIXED_NOW);
    const { cards } = await expectSummariesInStep(db);
    expect(cards.filter((card) => card.id.startsWith('b:'))).toHaveLength(1);
  });

  it('after a review history import', async () => {
    const reviews = Array.from({ length: 50 }, (_, index) => ({
      cardId: `a:list:${String(index % 40).padStart(4, '0')}`,
      deckId: 'a',
      rating: index % 4 === 0 ? Rating.Again : Rating.Good,
      state: 2,
      due: FIXED_NOW,
      stability: 5,
      difficulty: 5,
      elapsed_days: 3,
      last_elapsed_days: 3,
      scheduled_days: index % 30,
      learning_steps: 0,
      review: minutesAfter(FIXED_NOW, -index * 97),
      durationMs: 2000,
    }));
    await importReviewHistory(db, { reviews }, FIXED_NOW);
    await expectSummariesInStep(db);
  });

  it('after a backup is restored over the collection, and merged into it', async () => {
    await answer('a:list:0000', Rating.Good, 0);
    await answer('a:list:0001', Rating.Again, 1);
    const { text } = await exportBackup(db, { now: FIXED_NOW, appVersion: 'test' });
    await answer('a:list:0002', Rating.Good, 2);
    const parsed = parseBackupFor(db, text, FIXED_NOW);
    if (!parsed.ok) throw new Error('backup refused');
    await importBackup(db, parsed.backup, 'replace', FIXED_NOW);
    await expectSummariesInStep(db);
    await answer('b:list:0001', Rating.Good, 3);
    await importBackup(db, parsed.backup, 'merge', FIXED_NOW);
    await expectSummariesInStep(db);
  });

  it('after a deck is deleted with its cards and answers', async () => {
    await answer('a:list:0000', Rating.Good, 0);
    await answer('b:list:0000', Rating.Again, 1);
    await deleteDeck(db, 'a', FIXED_NOW);
    const { cards, days } = await expectSummariesInStep(db);
    expect(cards).toHaveLength(3);
    expect(days.filter((day) => day.deckId === 'a' && day.counts.some((n) => n > 0))).toEqual([]);
  });

  it('when many writes of one transaction share pages', async () => {
    // More cards than pages: some share one, and their writes must not undo each other.
    await syncDecks(db, [makeDeck('c', 300)], FIXED_NOW);
    const cards = await db.cards.where('deckId').equals('c').toArray();
    await db.transaction('rw', db.cards, () =>
      Promise.all(cards.map((card) => db.cards.put({ ...card, suspended: true }))),
    );
    const { cards: packed } = await expectSummariesInStep(db);
    expect(packed.filter((card) => card.suspended)).toHaveLength(300);
  });

  it('after a bulk add of which some rows fail and the rest are kept', async () => {
    const [taken, ...others] = await db.cards.where('deckId').equals('a').limit(3).toArray();
    if (taken === undefined) throw new Error('no cards');
    const fresh = others.map((card, index) => ({ ...card, id: `a-new-${String(index)}` }));
    // The first row's id is taken: it fails (its change is not stored), the two after it are
    // stored in the same write.
    await db.transaction('rw', db.cards, async () => {
      await db.cards.bulkAdd([{ ...taken, suspended: true }, ...fresh]).catch(() => undefined);
    });
    expect(await db.cards.bulkGet(fresh.map((card) => card.id))).toEqual(fresh);
    const { cards } = await expectSummariesInStep(db);
    expect(cards).toHaveLength(45);
  });

  it('never behind their rows: a summary write that fails undoes the whole transaction', async () => {
    const failing = openTestDatabase('summaries-failing');
    // Below the summaries (closer to IndexedDB): every page write reports a failed request.
    failing.use({
      stack: 'dbcore',
      name: 'digest-writes-fail',
      level: 1,
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'cardDigest') return table;
          return {
            ...table,
            mutate: (req) =>
              req.type === 'put'
                ? Promise.resolve({
                    numFailures: req.values.length,
                    failures: req.values.map(() => new Error('page not written (simulated)')),
                    lastResult: undefined,
                  })
                : table.mutate(req),
          };
        },
      }),
    });
    await expect(syncDecks(failing, [makeDeck('f', 3)], FIXED_NOW)).rejects.toThrow();
    expect(await failing.cards.count()).toBe(0);
    expect(await failing.decks.count()).toBe(0);
  });

  it('unchanged when the transaction that writes them fails', async () => {
    await answer('a:list:0000', Rating.Good, 0);
    const before = await expectSummariesInStep(db);
    db.undo.hook('creating', () => {
      throw new Error('disk full (simulated)');
    });
    await expect(answer('a:list:0001', Rating.Good, 1)).rejects.toThrow('disk full');
    expect(await expectSummariesInStep(db)).toEqual(before);
  });
});
