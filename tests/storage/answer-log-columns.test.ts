import 'fake-indexeddb/auto';
import type { DBCore, DBCoreCursor, DBCoreOpenCursorRequest } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rating, State } from '../../src/domain/scheduling/fsrs-vocabulary.ts';
import {
  decodeBlock,
  encodeBlock,
  type StoredBlock,
} from '../../src/storage/answer-log-columns.ts';
import {
  answersOfCards,
  answersOfDeck,
  blockOf,
  unpackCards,
} from '../../src/storage/answer-log.ts';
import { blockColumnsSlot } from '../../src/storage/block-columns.ts';
import { COLUMNS_FLAG } from '../../src/storage/storage-flags.ts';
import {
  loadBlockColumns,
  openDatabase,
  type BlockRow,
  type LogBlockRecord,
  type StudyDatabase,
} from '../../src/storage/db.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

const number = fc.double();
const date = fc.date();
const row: fc.Arbitrary<BlockRow> = fc.record({
  rating: fc.constantFrom(Rating.Manual, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
  state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
  due: date,
  stability: number,
  difficulty: number,
  elapsed_days: number,
  last_elapsed_days: number,
  scheduled_days: number,
  learning_steps: number,
  review: date,
  cardId: fc.constantFrom('a:basic:1', 'a:basic:2', 'b:cloze:ü', ''),
  deckId: fc.constantFrom('a', 'b', 'deck ✓'),
  durationMs: number,
  uid: fc.string({ unit: 'binary' }),
});

function blockOfRows(rows: BlockRow[]): LogBlockRecord {
  return blockOf('block-1', rows[0]?.deckId ?? 'a', rows);
}

/** A row as the app writes it: the import's and sync's answers. */
function answer(cardId: string, minutes: number, uid: string): BlockRow {
  return {
    rating: Rating.Good,
    state: State.Review,
    due: minutesAfter(FIXED_NOW, minutes + 1440),
    stability: 3.25,
    difficulty: 5.5,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: 1,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    last_elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    review: minutesAfter(FIXED_NOW, minutes),
    cardId,
    deckId: 'a',
    durationMs: 4200,
    uid,
  };
}

/** The record IndexedDB holds under `id`, read past every middleware. */
function storedValue(db: StudyDatabase, id: string): Promise<StoredBlock> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction('logBlocks').objectStore('logBlocks').get(id);
    request.onsuccess = () => {
      resolve(request.result as StoredBlock);
    };
    request.onerror = () => {
      reject(new Error(String(request.error)));
    };
  });
}

/** Stores `block` as it is, past every middleware: a block as an earlier version wrote it. */
function storeRaw(db: StudyDatabase, block: LogBlockRecord): Promise<void> {
  return new Promise((resolve, reject) => {
    const trans = db.backendDB().transaction('logBlocks', 'readwrite');
    trans.objectStore('logBlocks').put(block);
    trans.oncomplete = () => {
      resolve();
    };
    trans.onerror = () => {
      reject(new Error(String(trans.error)));
    };
  });
}

/**
 * A cursor whose fields only it can read, as a browser's `IDBCursor` (Chromium's getters refuse
 * any other object, "Illegal invocation"; fake-indexeddb's do not check): private fields, which
 * throw a TypeError when read on an object inheriting from the cursor.
 */
class BrowserLikeCursor {
  readonly #value: StoredBlock;
  readonly moves: string[] = [];
  constructor(value: StoredBlock) {
    this.#value = value;
  }
  get key(): string {
    return this.#value.deckId;
  }
  get primaryKey(): string {
    return this.#value.id;
  }
  get value(): StoredBlock {
    return this.#value;
  }
  continue(key?: string): void {
    this.#record(`continue ${String(key)}`);
  }
  continuePrimaryKey(key: string, primaryKey: string): void {
    this.#record(`continuePrimaryKey ${key} ${primaryKey}`);
  }
  advance(count: number): void {
    this.#record(`advance ${String(count)}`);
  }
  start(): Promise<string> {
    this.#record('start');
    return Promise.resolve('done');
  }
  #record(move: string): void {
    this.moves.push(move);
  }
}

describe('blocks of answers stored by column', () => {
  it('reads a browser cursor over blocks through its own getters and moves it itself', async () => {
    const block = blockOfRows([answer('a:1', 0, 'u1'), answer('a:2', 1, 'u2')]);
    const browser = new BrowserLikeCursor(encodeBlock(block));
    const down = {
      table: () => ({ openCursor: () => Promise.resolve(browser) }),
    } as unknown as DBCore;
    const slot = blockColumnsSlot();
    await slot.load();
    const table = (slot.middleware.create(down) as DBCore).table('logBlocks');
    const cursor = (await table.openCursor({} as DBCoreOpenCursorRequest)) as DBCoreCursor;
    expect([cursor.key, cursor.primaryKey]).toEqual(['a', 'block-1']);
    expect(cursor.value).toEqual(block);
    cursor.continue();
    cursor.continue('b');
    cursor.continuePrimaryKey('a', 'block-2');
    cursor.advance(2);
    await expect(cursor.start(() => undefined)).resolves.toBe('done');
    expect(browser.moves).toEqual([
      'continue undefined',
      'continue b',
      'continuePrimaryKey a block-2',
      'advance 2',
      'start',
    ]);
  });

  it('gives every block of rows back exactly (property: decode of encode is identity)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const block = blockOfRows(rows);
        const stored = encodeBlock(block);
        expect(stored.rows).toBeUndefined();
        expect(stored.columns?.uidEnds).toHaveLength(rows.length);
        expect(decodeBlock(stored)).toEqual(block);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a row it cannot carry exactly, and its block, as rows', () => {
    const good = answer('a:basic:1', 0, 'u1');
    const changed = (fields: Record<string, unknown>) => ({ ...good, ...fields }) as BlockRow;
    const cases: [string, BlockRow][] = [
      ['a rating out of range', changed({ rating: 7 })],
      ['a state that is not an integer', changed({ state: 1.5 })],
      ['a field more', changed({ flag: 'red' })],
      ['a field missing', changed({ durationMs: undefined })],
      ['a time that is not a Date', changed({ review: 5 })],
    ];
    for (const [name, odd] of cases) {
      const block = { ...blockOfRows([good]), rows: [good, odd] };
      expect(encodeBlock(block), name).toBe(block);
      expect(decodeBlock(block), name).toBe(block);
    }
  });

  it('does not store the card ids twice when they are the block’s own', () => {
    const block = blockOfRows([answer('a:1', 0, 'u1'), answer('a:2', 1, 'u2')]);
    expect(encodeBlock(block).columns?.cards).toBeUndefined();
    const other = { ...block, cardIds: ['a:2', 'a:1'] };
    expect(encodeBlock(other).columns?.cards).toEqual(['a:1', 'a:2']);
    expect(decodeBlock(encodeBlock(other))).toEqual(other);
  });

  it('stores a block written with the flag by column, flags the database and reads rows by any query', async () => {
    const db = openTestDatabase('columns');
    const rows = [answer('a:1', 0, 'u1'), answer('a:2', 1, 'u2'), answer('a:1', 2, 'u3')];
    const block = blockOfRows(rows);
    await loadBlockColumns(db);
    await db.transaction('rw', db.logBlocks, db.storageFlags, () => db.logBlocks.add(block));
    expect(await db.storageFlags.get(COLUMNS_FLAG)).toEqual({ key: COLUMNS_FLAG });
    const stored = await storedValue(db, block.id);
    expect(stored.rows).toBeUndefined();
    // fake-indexeddb clones into typed arrays of another realm: compared by name.
    expect(stored.columns?.numbers.constructor.name).toBe('Float64Array');
    expect(stored.columns?.uids).toBe('u1u2u3');
    expect(await db.logBlocks.get(block.id)).toEqual(block);
    expect(await db.logBlocks.bulkGet([block.id])).toEqual([block]);
    expect(await db.logBlocks.where('cardIds').equals('a:2').toArray()).toEqual([block]);
    const seen: LogBlockRecord[] = [];
    await db.logBlocks.each((each) => {
      seen.push(each);
    });
    expect(seen).toEqual([block]);
    expect((await answersOfCards(db, ['a:1'])).map((answer) => answer.uid)).toEqual(['u1', 'u3']);
  });

  it('stores blocks as rows before the encoder loads, and outside a transaction covering the flag', async () => {
    const db = openTestDatabase('columns-rows');
    const first = blockOf('block-1', 'a', [answer('a:1', 0, 'u1')]);
    const second = blockOf('block-2', 'a', [answer('a:2', 1, 'u2')]);
    await db.transaction('rw', db.logBlocks, db.storageFlags, () => db.logBlocks.add(first));
    await loadBlockColumns(db);
    await db.logBlocks.add(second);
    expect((await storedValue(db, first.id)).rows).toHaveLength(1);
    expect((await storedValue(db, second.id)).rows).toHaveLength(1);
    expect(await db.storageFlags.get(COLUMNS_FLAG)).toBeUndefined();
  });

  it('loads the decoder as a flagged database opens, before the first query', async () => {
    const name = `columns-open-${String(Math.random())}`;
    const writer = openDatabase(name);
    const block = blockOfRows([answer('a:1', 0, 'u1'), answer('a:2', 1, 'u2')]);
    await loadBlockColumns(writer);
    await writer.transaction('rw', writer.logBlocks, writer.storageFlags, () =>
      writer.logBlocks.add(block),
    );
    writer.close();
    const reader = openDatabase(name);
    try {
      expect(await reader.logBlocks.get(block.id)).toEqual(block);
      expect(await answersOfDeck(reader, 'a')).toEqual(block.rows);
    } finally {
      await reader.delete();
    }
  });

  it('refuses to read a block stored by column while its decoder is not loaded', async () => {
    const db = openTestDatabase('columns-unloaded');
    const block = blockOfRows([answer('a:1', 0, 'u1')]);
    await db.open();
    await storeRaw(db, encodeBlock(block) as LogBlockRecord);
    await expect(db.logBlocks.get(block.id)).rejects.toThrow(
      'A block of answers stored by column was read without its decoder.',
    );
    await expect(answersOfDeck(db, 'a')).rejects.toThrow('was read without its decoder');
  });

  it('reads blocks an earlier version stored as rows without the decoder, and keeps their smaller copy as rows', async () => {
    const db = openTestDatabase('columns-old');
    const rows = [answer('a:1', 0, 'u1'), answer('a:2', 1, 'u2'), answer('a:1', 2, 'u3')];
    const old = blockOfRows(rows);
    await db.open();
    await storeRaw(db, old);
    expect((await storedValue(db, old.id)).rows).toHaveLength(3);
    expect(await answersOfDeck(db, 'a')).toEqual(rows);
    const moved = await db.transaction('rw', db.reviewLog, db.logBlocks, () =>
      unpackCards(db, ['a:2']),
    );
    expect(moved).toBe(1);
    expect((await storedValue(db, old.id)).rows?.map((row) => row.uid)).toEqual(['u1', 'u3']);
    expect((await answersOfDeck(db, 'a')).map((answer) => answer.uid)).toEqual(['u1', 'u2', 'u3']);
    // The decoder never loaded: a block by column would not read.
    const columns = blockOf('block-2', 'a', [answer('a:3', 3, 'u4')]);
    await storeRaw(db, encodeBlock(columns) as LogBlockRecord);
    await expect(db.logBlocks.get(columns.id)).rejects.toThrow('was read without its decoder');
  });
});
