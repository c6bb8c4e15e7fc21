import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { createScheduler, Rating } from '../../src/domain/scheduling/scheduler.ts';
import { exportBackup, readCollection } from '../../src/storage/backup.ts';
import { importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { listSnapshots, SNAPSHOTS_KEPT, takeDailySnapshot } from '../../src/storage/snapshots.ts';
import { answerCard } from '../../src/storage/study-repository.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
const DAY = 24 * 60;
let db: StudyDatabase;

async function answerFirstNew(now: Date) {
  const card = await db.cards
    .where('[deckId+queue+position]')
    .between(['a', 0, 0], ['a', 0, Infinity])
    .first();
  if (card === undefined) throw new Error('no new card left');
  await answerCard(db, scheduler, {
    cardId: card.id,
    expectedVersion: card.version,
    rating: Rating.Good,
    now,
    durationMs: 1000,
  });
}

function snapshotAt(now: Date) {
  return takeDailySnapshot(db, { now, appVersion: '1.0.0' });
}

beforeEach(async () => {
  db = openTestDatabase('snapshots');
  await syncDecks(db, [makeDeck('a', 20)], FIXED_NOW);
});

describe('takeDailySnapshot', () => {
  it('takes none while nothing has been studied', async () => {
    expect(await snapshotAt(FIXED_NOW)).toBeNull();
    expect(await db.snapshots.count()).toBe(0);
  });

  it('takes one per local day, with counts and the backup text', async () => {
    await answerFirstNew(FIXED_NOW);
    const first = await snapshotAt(FIXED_NOW);
    expect(first).toMatchObject({ day: '2026-03-15', appVersion: '1.0.0' });
    expect(first?.counts).toMatchObject({ decks: 1, cards: 20, reviewLog: 1 });
    expect(await snapshotAt(minutesAfter(FIXED_NOW, 13 * 60))).toBeNull();
    expect((await snapshotAt(minutesAfter(FIXED_NOW, 14 * 60 + 1)))?.day).toBe('2026-03-16');
    expect(await db.snapshots.count()).toBe(2);
  });

  it.each([
    // reviews in the log, the most a snapshot is taken for, taken
    [3, 3, true],
    [4, 3, false],
  ])('with %d reviews and a limit of %d takes one: %s', async (reviews, maxReviews, taken) => {
    for (let answer = 0; answer < reviews; answer += 1) {
      await answerFirstNew(minutesAfter(FIXED_NOW, answer));
    }
    const snapshot = await takeDailySnapshot(db, {
      now: minutesAfter(FIXED_NOW, 10),
      appVersion: '1.0.0',
      maxReviews,
    });
    expect(snapshot?.counts.reviewLog ?? null).toBe(taken ? reviews : null);
    expect(await db.snapshots.count()).toBe(taken ? 1 : 0);
  });

  it(`keeps only the last ${SNAPSHOTS_KEPT}, newest first`, async () => {
    for (let day = 0; day < 10; day += 1) {
      const now = minutesAfter(FIXED_NOW, day * DAY);
      await answerFirstNew(now);
      await snapshotAt(now);
    }
    const kept = await listSnapshots(db);
    expect(kept.map((snapshot) => snapshot.day)).toEqual([
      '2026-03-24',
      '2026-03-23',
      '2026-03-22',
      '2026-03-21',
      '2026-03-20',
      '2026-03-19',
      '2026-03-18',
    ]);
    expect(kept.map((snapshot) => snapshot.counts.reviewLog)).toEqual([10, 9, 8, 7, 6, 5, 4]);
  });

  it('restores the collection as it was when the snapshot was taken', async () => {
    await answerFirstNew(FIXED_NOW);
    await snapshotAt(FIXED_NOW);
    const then = await readCollection(db);
    await answerFirstNew(minutesAfter(FIXED_NOW, 5));
    await answerFirstNew(minutesAfter(FIXED_NOW, 6));

    const [snapshot] = await listSnapshots(db);
    if (snapshot === undefined) throw new Error('no snapshot');
    const parsed = parseBackupFor(db, snapshot.backup, FIXED_NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    await importBackup(db, parsed.backup, 'replace', minutesAfter(FIXED_NOW, 7));
    const now = await readCollection(db);
    expect(now.reviewLog).toEqual(then.reviewLog);
    expect(now.cards?.filter((card) => card.reps !== 0)).toHaveLength(1);
    // The snapshots survive their own restore, and the collection it replaced is one too.
    const kept = await listSnapshots(db);
    expect(kept.map((entry) => [entry.kind, entry.counts.reviewLog])).toEqual([
      ['beforeReplace', 3],
      ['daily', 1],
    ]);
  });

  it("a snapshot taken before a Replace is not the day's daily snapshot", async () => {
    await answerFirstNew(FIXED_NOW);
    const text = (await exportBackup(db, { now: FIXED_NOW, appVersion: '1.0.0' })).text;
    const parsed = parseBackupFor(db, text, FIXED_NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const result = await importBackup(db, parsed.backup, 'replace', minutesAfter(FIXED_NOW, 1));
    expect(result.snapshot?.kind).toBe('beforeReplace');
    expect((await snapshotAt(minutesAfter(FIXED_NOW, 2)))?.kind).toBe('daily');
    expect(await db.snapshots.count()).toBe(2);
  });
});
