import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rating, type Grade } from '../../src/domain/scheduling/scheduler.ts';
import {
  allAnswers,
  answersOfCards,
  answersOfDeck,
  countAnswers,
  ONE_PASS_CARDS,
  packAnswers,
  unpackCards,
} from '../../src/storage/answer-log.ts';
import { exportBackup } from '../../src/storage/backup.ts';
import { countStored, importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';
import { loadCardHistory } from '../../src/storage/browse-repository.ts';
import { applyCardAction, countReviews, restoreCards } from '../../src/storage/card-actions.ts';
import { checkDatabase, repairedAnything } from '../../src/storage/check-database.ts';
import type { BlockRow, StudyDatabase } from '../../src/storage/db.ts';
import { reviewRow } from '../domain/backup/backup-fixtures.ts';
import { loadDeckExport } from '../../src/storage/deck-export.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import {
  countDeckReviews,
  loadReviewHistory,
} from '../../src/storage/fsrs-parameters-repository.ts';
import { loadStudyData } from '../../src/storage/queue-repository.ts';
import { takeDailySnapshot } from '../../src/storage/snapshots.ts';
import { loadStatsData } from '../../src/storage/stats-repository.ts';
import { countDeckContents, deleteDeck } from '../../src/storage/user-decks.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { packHistory, withoutIds } from '../helpers/packed-history.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

const DAY_MINUTES = 24 * 60;
const deckA = makeDeck('a', 4);
const deckB = makeDeck('b', 2);
const cardA = (index: number) => deckA.cards[index]?.id ?? '';
const cardB = (index: number) => deckB.cards[index]?.id ?? '';

let db: StudyDatabase;

/** Answers over five days, today's included, in both decks. */
async function study(target: StudyDatabase) {
  await syncDecks(target, [deckA, deckB], minutesAfter(FIXED_NOW, -6 * DAY_MINUTES));
  const plan: [string, Grade, number][] = [
    [cardA(0), Rating.Good, -5 * DAY_MINUTES],
    [cardA(1), Rating.Again, -5 * DAY_MINUTES + 1],
    [cardB(0), Rating.Good, -5 * DAY_MINUTES + 2],
    [cardA(1), Rating.Good, -5 * DAY_MINUTES + 3],
    [cardA(0), Rating.Good, -3 * DAY_MINUTES],
    [cardA(2), Rating.Easy, -DAY_MINUTES],
    [cardB(0), Rating.Good, -DAY_MINUTES],
    [cardA(1), Rating.Good, -60],
    [cardA(0), Rating.Again, -30],
  ];
  for (const [cardId, rating, minutes] of plan) {
    await answerIn(target, cardId, rating, minutesAfter(FIXED_NOW, minutes));
  }
}

beforeEach(async () => {
  db = openTestDatabase('answer-log');
  await study(db);
});

/** `read` of the collection with its history as review-log rows, then packed in blocks. */
async function beforeAndAfterPacking<T>(read: () => Promise<T>): Promise<[T, T]> {
  const rows = await read();
  expect(await packHistory(db)).toBeGreaterThan(2);
  expect(await db.reviewLog.count()).toBe(0);
  return [rows, await read()];
}

describe('the answer log: review-log rows and packed blocks read as one', () => {
  it('reads the same answers of cards, of a deck, in a time range and in all', async () => {
    const [rows, packed] = await beforeAndAfterPacking(async () => ({
      cards: withoutIds(await answersOfCards(db, [cardA(0), cardB(0)])),
      deck: withoutIds(await answersOfDeck(db, 'a')),
      range: withoutIds(
        await answersOfDeck(
          db,
          'a',
          minutesAfter(FIXED_NOW, -3 * DAY_MINUTES),
          minutesAfter(FIXED_NOW, -60),
        ),
      ),
      all: (await allAnswers(db)).length,
      counts: [
        await countAnswers(db, 'a'),
        await countAnswers(db, 'b'),
        await countAnswers(db, null),
      ],
    }));
    expect(rows.cards.map((row) => row.cardId)).toEqual([
      cardA(0),
      cardB(0),
      cardA(0),
      cardB(0),
      cardA(0),
    ]);
    expect(rows.range).toHaveLength(2);
    expect(rows.counts).toEqual([7, 2, 9]);
    expect(packed).toEqual(rows);
  });

  it(`reads the same answers of ${String(ONE_PASS_CARDS)} cards and more in one pass`, async () => {
    const many = [
      cardA(0),
      cardB(0),
      ...Array.from({ length: ONE_PASS_CARDS }, (_, i) => `x${String(i)}`),
    ];
    const [rows, packed] = await beforeAndAfterPacking(async () => ({
      few: withoutIds(await answersOfCards(db, [cardA(0), cardB(0)])),
      many: withoutIds(await answersOfCards(db, many)),
    }));
    expect(rows.few).toHaveLength(5);
    expect(rows.many).toEqual(rows.few);
    expect(packed).toEqual(rows);
  });

  it('keeps the statistics summaries in step with packed answers and with unpacking', async () => {
    const days = (await db.reviewDays.toArray()).filter((day) => day.counts.some(Boolean));
    await packHistory(db, 3);
    await expectSummariesInStep(db);
    expect((await db.reviewDays.toArray()).filter((day) => day.counts.some(Boolean))).toEqual(days);
    const moved = await db.transaction('rw', db.reviewLog, db.logBlocks, () =>
      unpackCards(db, [cardA(1)]),
    );
    expect(moved).toBe(3);
    expect(await db.reviewLog.where('cardId').equals(cardA(1)).count()).toBe(3);
    expect(await db.logBlocks.where('cardIds').equals(cardA(1)).count()).toBe(0);
    expect(await countAnswers(db, 'a')).toBe(7);
    await expectSummariesInStep(db);
  });

  it('packs answers in blocks with their time bounds, cards and number of answers', () => {
    const rows = [0, 1, 2].map((index) => {
      const rating = index === 1 ? Rating.Manual : Rating.Good;
      const row = reviewRow(cardA(index), minutesAfter(FIXED_NOW, -index), { deckId: 'a', rating });
      return { ...(row as unknown as BlockRow), uid: `u${String(index)}` };
    });
    const blocks = packAnswers('a', rows, 2);
    expect(
      blocks.map(({ cardIds, first, last, answers }) => ({ cardIds, first, last, answers })),
    ).toEqual([
      {
        cardIds: [cardA(0), cardA(1)],
        first: minutesAfter(FIXED_NOW, -1),
        last: FIXED_NOW,
        answers: 1,
      },
      {
        cardIds: [cardA(2)],
        first: minutesAfter(FIXED_NOW, -2),
        last: minutesAfter(FIXED_NOW, -2),
        answers: 1,
      },
    ]);
    expect(new Set(blocks.map((block) => block.id)).size).toBe(2);
  });
});

describe('every reader of answers, with the history packed', () => {
  it('statistics of a deck and of all decks', async () => {
    const [rows, packed] = await beforeAndAfterPacking(async () => [
      await loadStatsData(db, 'a', FIXED_NOW),
      await loadStatsData(db, null, FIXED_NOW),
    ]);
    expect(rows[0]?.recentLogs).toHaveLength(3);
    expect(rows[1]?.recentLogs).toHaveLength(4);
    expect(packed).toEqual(rows);
  });

  it("a card's history", async () => {
    const [rows, packed] = await beforeAndAfterPacking(async () =>
      withoutIds((await loadCardHistory(db, 'a', cardA(1)))?.logs ?? []),
    );
    expect(rows.map((log) => log.rating)).toEqual([Rating.Again, Rating.Good, Rating.Good]);
    expect(packed).toEqual(rows);
  });

  it("today's counts and limits of the study queue", async () => {
    const [rows, packed] = await beforeAndAfterPacking(() => loadStudyData(db, 'a', FIXED_NOW));
    expect(rows?.today).toEqual({ newIntroduced: 0, reviewsDone: 1 });
    expect(packed).toEqual(rows);
  });

  it('the optimizer', async () => {
    const [rows, packed] = await beforeAndAfterPacking(async () => ({
      history: await loadReviewHistory(db, 'a'),
      count: await countDeckReviews(db, 'a'),
    }));
    expect(rows.history).toHaveLength(7);
    expect(rows.count).toBe(7);
    expect(packed).toEqual(rows);
  });

  it('the deck export (.apkg and CSV)', async () => {
    const [rows, packed] = await beforeAndAfterPacking(async () => {
      const contents = await loadDeckExport(db, 'a');
      return contents && { ...contents, reviews: withoutIds(contents.reviews) };
    });
    expect(rows?.reviews).toHaveLength(7);
    expect(packed).toEqual(rows);
  });

  it('deleting a deck: its count, and its blocks go with it', async () => {
    const [rows, packed] = await beforeAndAfterPacking(() => countDeckContents(db, 'a'));
    expect(rows).toEqual({ cards: 4, reviews: 7 });
    expect(packed).toEqual(rows);
    expect(await deleteDeck(db, 'a', FIXED_NOW)).toEqual(rows);
    expect(
      await db.logBlocks.where('[deckId+last]').between(['a', 0], ['a', Infinity]).count(),
    ).toBe(0);
    expect(await countAnswers(db, null)).toBe(2);
    await expectSummariesInStep(db);
  });

  it('deleting and moving cards in the browser, and undoing it', async () => {
    const [rows, packed] = await beforeAndAfterPacking(() =>
      countReviews(db, [cardA(0), cardB(0)]),
    );
    expect([rows, packed]).toEqual([5, 5]);
    const history = withoutIds(await answersOfCards(db, [cardA(0)]));
    const deleted = await applyCardAction(db, [cardA(0)], { type: 'delete' }, FIXED_NOW);
    expect(await answersOfCards(db, [cardA(0)])).toEqual([]);
    expect(await countAnswers(db, 'a')).toBe(4);
    await expectSummariesInStep(db);
    expect(await restoreCards(db, deleted, FIXED_NOW)).toBe('restored');
    expect(withoutIds(await answersOfCards(db, [cardA(0)]))).toEqual(history);
    await applyCardAction(db, [cardA(1)], { type: 'move', deckId: 'b' }, FIXED_NOW);
    expect((await answersOfDeck(db, 'b')).filter((log) => log.cardId === cardA(1))).toHaveLength(3);
    expect([await countAnswers(db, 'a'), await countAnswers(db, 'b')]).toEqual([4, 5]);
    await expectSummariesInStep(db);
  });

  it('Check database: nothing to fix, and orphan answers in blocks removed', async () => {
    await packHistory(db);
    expect(repairedAnything(await checkDatabase(db, FIXED_NOW, null))).toBe(false);
    // A card gone without its answers (a crash, a hand-edited backup).
    await db.cards.delete(cardA(1));
    const report = await checkDatabase(db, FIXED_NOW, null);
    expect(report.orphanReviews).toBe(3);
    expect(await countAnswers(db, null)).toBe(6);
    expect(await answersOfCards(db, [cardA(1)])).toEqual([]);
    await expectSummariesInStep(db);
  });

  it('daily snapshots and the Replace confirmation count packed answers', async () => {
    await packHistory(db);
    expect(await countStored(db)).toEqual({ cards: 6, reviews: 9, snapshot: true });
    expect(await takeDailySnapshot(db, { now: FIXED_NOW, appVersion: 't', maxReviews: 8 })).toBe(
      null,
    );
    await answerIn(db, cardA(3), Rating.Good, FIXED_NOW);
    expect(await takeDailySnapshot(db, { now: FIXED_NOW, appVersion: 't', maxReviews: 9 })).toBe(
      null,
    );
    const taken = await takeDailySnapshot(db, { now: FIXED_NOW, appVersion: 't', maxReviews: 10 });
    expect(taken?.counts.logBlocks).toBeGreaterThan(0);
  });

  it('backups: exported, restored by Replace and merged without doubles', async () => {
    await packHistory(db);
    const history = withoutIds(await allAnswers(db));
    const { text } = await exportBackup(db, { now: FIXED_NOW, appVersion: 't' });
    const other = openTestDatabase('answer-log-restore');
    await syncDecks(other, [makeDeck('c', 1)], FIXED_NOW);
    const parsed = parseBackupFor(other, text, FIXED_NOW);
    if (!parsed.ok) throw new Error('backup refused');
    await importBackup(other, parsed.backup, 'replace', FIXED_NOW);
    expect(withoutIds(await allAnswers(other))).toEqual(history);
    await expectSummariesInStep(other);
    await importBackup(other, parsed.backup, 'merge', FIXED_NOW);
    expect(await countAnswers(other, null)).toBe(9);
    await expectSummariesInStep(other);
  });
});
