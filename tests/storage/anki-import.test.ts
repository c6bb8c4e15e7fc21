import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { readAnkiPackage, type AnkiImportPlan } from '../../src/domain/anki/anki-import-plan.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { createScheduler, State } from '../../src/domain/scheduling/scheduler.ts';
import {
  ROWS_PER_WRITE,
  storeAnkiImport,
  type AnkiImportWrite,
} from '../../src/storage/anki-import.ts';
import { checkDatabase, repairedAnything } from '../../src/storage/check-database.ts';
import { Queue, startSyncTracking, type StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { answersOfDeck } from '../../src/storage/answer-log.ts';
import { COLUMNS_FLAG } from '../../src/storage/storage-flags.ts';
import { cardsTableMiddleware } from '../helpers/cards-table-middleware.ts';
import { BASIC, buildAnkiPackage, CLOZE, loadSqlJs } from '../helpers/anki-package.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

const DAY = 86_400_000;
const start = FIXED_NOW.getTime() - 20 * DAY;
const NOTES = 2100;
/** Rows per chunk in these tests: several chunks of cards and of answers, the last ones short. */
const CHUNK = 1000;
/** Notes answered three times each (the rest are new). */
const STUDIED = 1700;

async function plan(): Promise<AnkiImportPlan> {
  const notes = Array.from({ length: NOTES }, (_, index) =>
    index % 10 === 0
      ? { id: index + 1, noteTypeId: CLOZE.id, fields: [`{{c1::term ${String(index)}}} here`, ''] }
      : { id: index + 1, noteTypeId: BASIC.id, fields: [`front ${String(index)}`, 'back'] },
  );
  const bytes = await buildAnkiPackage(
    {
      decks: [{ id: 1, name: 'Words' }],
      noteTypes: [BASIC, CLOZE],
      notes,
      cards: notes.map((note, index) => ({
        id: note.id,
        noteId: note.id,
        deckId: 1,
        ord: 0,
        type: index < STUDIED ? 2 : 0,
        queue: index === 0 ? -1 : index === 1 ? -2 : index < STUDIED ? 2 : 0,
      })),
      revlog: notes.slice(0, STUDIED).flatMap((note) => [
        { id: start + note.id, cardId: note.id, ease: 3, type: 0 },
        { id: start + DAY + note.id, cardId: note.id, ease: 3, type: 1 },
        { id: start + 5 * DAY + note.id, cardId: note.id, ease: 4, type: 1 },
      ]),
    },
    'legacy',
  );
  return readAnkiPackage(await loadSqlJs(), bytes, {
    now: FIXED_NOW,
    takenDeckIds: new Set(),
    scheduler: createScheduler(DEFAULT_DECK_OPTIONS),
  });
}

const writeOf = (imported: AnkiImportPlan): AnkiImportWrite => ({
  fileName: 'words.apkg',
  decks: imported.summary.decks,
  cards: imported.cards,
  replay: imported.replay,
  reviews: imported.summary.reviews,
});

let db: StudyDatabase;
let imported: AnkiImportPlan | undefined;

beforeEach(async () => {
  db = openTestDatabase('anki-import');
  await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
  imported ??= await plan();
});

function planned(): AnkiImportPlan {
  if (imported === undefined) throw new Error('no plan');
  return imported;
}

describe('storeAnkiImport', () => {
  it('stores the decks, cards and review log, reporting progress up to every row', async () => {
    const progress: number[] = [];
    await storeAnkiImport(
      db,
      writeOf(planned()),
      FIXED_NOW,
      (done, total) => {
        progress.push(done / total);
      },
      CHUNK,
    );
    const deck = await db.decks.get('words');
    expect(deck && { title: deck.title, position: deck.position }).toEqual({
      title: 'Words',
      position: 1,
    });
    expect(await db.cards.where('deckId').equals('words').count()).toBe(NOTES);
    expect(await answersOfDeck(db, 'words')).toHaveLength(3 * STUDIED);
    expect(await db.reviewLog.count()).toBe(0);
    const total = NOTES + 3 * STUDIED;
    expect(progress).toEqual([1000, 2000, 2100, 7200].map((done) => done / total));
    const [suspended, buried, review, fresh] = await db.cards.bulkGet(
      [0, 1, 2, STUDIED].map((index) => planned().cards[index]?.id ?? ''),
    );
    expect([suspended?.queue, buried?.queue, review?.queue, fresh?.queue]).toEqual([
      Queue.Suspended,
      Queue.Buried,
      Queue.Review,
      Queue.New,
    ]);
    expect([review?.state, review?.reps]).toEqual([State.Review, 3]);
  }, 30_000);

  it('writes chunks of ROWS_PER_WRITE rows in the app', async () => {
    const progress: number[] = [];
    await storeAnkiImport(db, writeOf(planned()), FIXED_NOW, (done) => {
      progress.push(done);
    });
    expect(ROWS_PER_WRITE).toBeGreaterThan(NOTES + 3 * STUDIED);
    expect(progress).toEqual([NOTES, NOTES + 3 * STUDIED]);
  }, 30_000);

  it('leaves sync a note of every imported card and a uid on every answer, distinct', async () => {
    await startSyncTracking(db);
    await storeAnkiImport(db, writeOf(planned()), FIXED_NOW, undefined, CHUNK);
    const notes = new Set(await db.syncOutbox.toCollection().primaryKeys());
    expect(planned().cards.filter((card) => !notes.has(`card:${card.id}`))).toEqual([]);
    const uids = (await answersOfDeck(db, 'words')).map((row) => row.uid);
    expect(uids.filter((uid) => !/^[0-9a-f]{32}$/.test(uid ?? ''))).toEqual([]);
    expect(new Set(uids).size).toBe(3 * STUDIED);
  }, 30_000);

  it('packs answers older than a week card by card, the last week’s oldest first', async () => {
    const write = writeOf(planned());
    // Every other card's third answer moved to yesterday: 850 answers of the last week.
    const moved = new Set(write.cards.filter((_, index) => index % 2 === 0));
    const yesterday = (review: Date) => new Date(review.getTime() + 14 * DAY);
    await storeAnkiImport(
      db,
      {
        ...write,
        replay: (card) => {
          const replayed = write.replay(card);
          if (!moved.has(card)) return replayed;
          const reviews = replayed.reviews.map((review, index) =>
            index === 2 ? { ...review, review: yesterday(review.review) } : review,
          );
          return { ...replayed, reviews };
        },
      },
      FIXED_NOW,
      undefined,
      CHUNK,
    );
    const weekAgo = FIXED_NOW.getTime() - 7 * DAY;
    const blocks = await db.logBlocks.toArray();
    const older = blocks.filter((block) => block.last.getTime() < weekAgo);
    const recent = blocks.filter((block) => block.first.getTime() >= weekAgo);
    expect(older.map((block) => block.rows.length).sort((x, y) => y - x)).toEqual([
      1000, 1000, 1000, 1000, 250,
    ]);
    expect(recent.map((block) => block.rows.length)).toEqual([850]);
    for (const block of blocks) {
      const times = block.rows.map((row) => row.review.getTime());
      expect(times.filter((time, index) => index > 0 && time < (times[index - 1] ?? 0))).toEqual(
        [],
      );
      expect([block.first.getTime(), block.last.getTime()]).toEqual([times[0], times.at(-1)]);
      expect(block.cardIds).toEqual([...new Set(block.rows.map((row) => row.cardId))]);
    }
    // Card by card, each card's older answers sit in one block (two where a block ends): about
    // one index entry per card, where blocks in time order hold one per answer (4,250).
    const entries = older.reduce((sum, block) => sum + block.cardIds.length, 0);
    expect(entries).toBeLessThanOrEqual(STUDIED + older.length - 1);
    const since = new Date(FIXED_NOW.getTime() - 2 * DAY);
    expect(await answersOfDeck(db, 'words', since)).toHaveLength(850);
    expect(await answersOfDeck(db, 'words')).toHaveLength(3 * STUDIED);
  }, 30_000);

  it('stores the blocks by column and flags the database in the same import', async () => {
    await storeAnkiImport(db, writeOf(planned()), FIXED_NOW, undefined, CHUNK);
    expect(await db.storageFlags.get(COLUMNS_FLAG)).toEqual({ key: COLUMNS_FLAG });
    const stored = await new Promise<unknown[]>((resolve) => {
      const request = db.backendDB().transaction('logBlocks').objectStore('logBlocks').getAll();
      request.onsuccess = () => {
        resolve(request.result as unknown[]);
      };
    });
    expect(stored).toHaveLength(6);
    for (const block of stored) {
      expect(block).not.toHaveProperty('rows');
      expect(block).toHaveProperty('columns.uids');
    }
    expect(await answersOfDeck(db, 'words')).toHaveLength(3 * STUDIED);
  }, 30_000);

  it('keeps the statistics summaries in step and leaves Check database nothing to fix', async () => {
    await storeAnkiImport(db, writeOf(planned()), FIXED_NOW, undefined, CHUNK);
    await expectSummariesInStep(db);
    expect(repairedAnything(await checkDatabase(db, FIXED_NOW, null))).toBe(false);
  }, 30_000);

  it('packs and issues the answers while the last chunk of cards is being written', async () => {
    const events: string[] = [];
    db = openTestDatabase('anki-import-order');
    const logged = (tableName: string) =>
      cardsTableMiddleware(
        `log-${tableName}`,
        (table) => ({
          mutate: (req) => {
            if (req.type === 'add') events.push(`${tableName} issued`);
            return table.mutate(req).then((response) => {
              if (req.type === 'add') events.push(`${tableName} written`);
              return response;
            });
          },
        }),
        tableName,
      );
    db.use(logged('cards'));
    db.use(logged('logBlocks'));
    await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
    events.length = 0;
    await storeAnkiImport(db, writeOf(planned()), FIXED_NOW, undefined, CHUNK);
    // Three chunks of cards (1,000, 1,000, 100), then the answers' blocks in one write, issued
    // before the last chunk of cards is written.
    expect(events.filter((event) => event === 'cards written')).toHaveLength(3);
    expect(events.slice(events.indexOf('logBlocks issued'))).toEqual([
      'logBlocks issued',
      'cards written',
      'logBlocks written',
    ]);
  }, 30_000);

  it('writes nothing when a chunk fails: every chunk before it is rolled back', async () => {
    const last = planned().cards.at(-1);
    const other = await db.cards.toCollection().first();
    if (last === undefined || other === undefined) throw new Error('no cards');
    // A card id taken elsewhere makes the last chunk of cards fail.
    await db.cards.put({ ...other, id: last.id });
    const before = [await db.decks.count(), await db.cards.count(), await db.logBlocks.count()];
    await expect(
      storeAnkiImport(db, writeOf(planned()), FIXED_NOW, undefined, CHUNK),
    ).rejects.toThrow();
    expect([await db.decks.count(), await db.cards.count(), await db.logBlocks.count()]).toEqual(
      before,
    );
    await expectSummariesInStep(db);
  }, 30_000);

  it('rolls back the cards and earlier answers when a late chunk of answers fails', async () => {
    // The second write of blocks of answers (100 answers a block, 50 blocks a write) is refused,
    // as a full disk would.
    let blocksWritten = 0;
    db = openTestDatabase('anki-import-failing');
    db.use(
      cardsTableMiddleware(
        'second-block-write-fails',
        (table) => ({
          mutate: (req) => {
            blocksWritten += req.type === 'add' ? 1 : 0;
            return blocksWritten === 2
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(req);
          },
        }),
        'logBlocks',
      ),
    );
    await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
    const before = [await db.decks.count(), await db.cards.count(), await db.logBlocks.count()];
    const progress: number[] = [];
    await expect(
      storeAnkiImport(
        db,
        writeOf(planned()),
        FIXED_NOW,
        (done) => {
          progress.push(done);
        },
        100,
      ),
    ).rejects.toThrow();
    // Every card and the first 5,000 answers had been written when it failed.
    expect(progress.slice(20)).toEqual([NOTES, NOTES + 5000]);
    expect([await db.decks.count(), await db.cards.count(), await db.logBlocks.count()]).toEqual(
      before,
    );
    await expectSummariesInStep(db);
  }, 30_000);

  it('rolls back the chunks written when a later card’s replay fails', async () => {
    const write = writeOf(planned());
    const late = write.cards[NOTES - 50];
    const before = [await db.decks.count(), await db.cards.count(), await db.logBlocks.count()];
    const progress: number[] = [];
    await expect(
      storeAnkiImport(
        db,
        {
          ...write,
          replay: (card) => {
            if (card === late) throw new Error('The replay failed.');
            return write.replay(card);
          },
        },
        FIXED_NOW,
        (done) => {
          progress.push(done);
        },
        CHUNK,
      ),
    ).rejects.toThrow('The replay failed.');
    // The first chunk of cards had been written when the third one was built.
    expect(progress).toEqual([1000]);
    expect([await db.decks.count(), await db.cards.count(), await db.logBlocks.count()]).toEqual(
      before,
    );
    await expectSummariesInStep(db);
  }, 30_000);

  it('refuses a deck id stored meanwhile, writing nothing', async () => {
    await syncDecks(db, [makeDeck('words', 1)], FIXED_NOW);
    await expect(storeAnkiImport(db, writeOf(planned()), FIXED_NOW)).rejects.toThrow(
      'A deck with the id words already exists.',
    );
    expect(await db.logBlocks.count()).toBe(0);
  });
});
