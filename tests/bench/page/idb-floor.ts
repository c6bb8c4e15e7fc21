/**
 * The floor IndexedDB sets under the review log: review-shaped rows (the app's own generator,
 * with a uid as sync gives them) written with plain IndexedDB — no Dexie, no middleware — into
 * a database of their own, one layout at a time. Rows one record each, with the review log's
 * secondary indexes or fewer, in one transaction or several; or packed, many rows to a record
 * (per card, or per chunk of rows). The database is deleted afterwards.
 */
import type { IdbFloorLayout } from '../bench-api.ts';
import { makeReviewRows, type LogWindow } from './bench-data.ts';

const DAY_MS = 86_400_000;
/** Rows per card, as in the Anki import's package (100,000 cards, 1,000,000 rows). */
const ROWS_PER_CARD = 10;
/** Rows built and issued at a time, as the Anki import's chunks. */
const CHUNK = 10_000;

/** The review log's secondary indexes (src/storage/db.ts), in the order the layouts drop them. */
const INDEXES: readonly (string | string[])[] = ['cardId', ['deckId', 'review'], 'review', 'uid'];

interface LayoutShape {
  readonly indexes: number;
  readonly transactions: number;
  readonly pack: 'row' | 'card' | 'chunk';
}

const SHAPES: Readonly<Record<IdbFloorLayout, LayoutShape>> = {
  'rows-0-indexes': { indexes: 0, transactions: 1, pack: 'row' },
  'rows-1-index': { indexes: 1, transactions: 1, pack: 'row' },
  'rows-2-indexes': { indexes: 2, transactions: 1, pack: 'row' },
  'rows-4-indexes': { indexes: 4, transactions: 1, pack: 'row' },
  'rows-4-indexes-10-transactions': { indexes: 4, transactions: 10, pack: 'row' },
  'packed-per-card': { indexes: 0, transactions: 1, pack: 'card' },
  'packed-per-chunk': { indexes: 0, transactions: 1, pack: 'chunk' },
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function openFloorDatabase(name: string, shape: LayoutShape): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore(
      'log',
      shape.pack === 'row' ? { keyPath: 'id', autoIncrement: true } : { keyPath: 'key' },
    );
    // A packed record is found by deck (and by its key: the card id, or the chunk's number).
    if (shape.pack !== 'row') store.createIndex('deckId', 'deckId');
    for (const keyPath of INDEXES.slice(0, shape.indexes)) {
      store.createIndex(Array.isArray(keyPath) ? keyPath.join('+') : keyPath, keyPath);
    }
  };
  return request(open);
}

/** Writes `records()` in one read-write transaction; resolves when it has committed. */
function writeAll(db: IDBDatabase, records: () => Iterable<object>): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction('log', 'readwrite');
    const store = transaction.objectStore('log');
    for (const record of records()) store.add(record);
    transaction.oncomplete = () => {
      resolve();
    };
    transaction.onerror = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    };
  });
}

/** Rows `start … start + size − 1`, each with a uid. */
function rowsOf(window: LogWindow, start: number, size: number) {
  return makeReviewRows(window, start, size).map((row) => ({ ...row, uid: crypto.randomUUID() }));
}

/** Rows grouped by card, `CHUNK` rows built at a time: card c holds rows c, c + cards, … */
function* perCard(window: LogWindow): Iterable<object> {
  const cards = window.cardCount;
  const step = Math.max(1, Math.floor(CHUNK / ROWS_PER_CARD));
  for (let first = 0; first < cards; first += step) {
    const count = Math.min(step, cards - first);
    const own = Array.from({ length: count }, (): object[] => []);
    for (let answer = 0; answer * cards < window.total; answer += 1) {
      const start = answer * cards + first;
      const rows = rowsOf(window, start, Math.min(count, window.total - start));
      rows.forEach((row, index) => own[index]?.push(row));
    }
    for (const [index, rows] of own.entries()) {
      yield { key: String(first + index), deckId: window.deckId, rows };
    }
  }
}

/** Rows the packed records of `store` hold, read by cursor (not all at once). */
function packedRows(store: IDBObjectStore): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at === null) {
        resolve(rows);
        return;
      }
      rows += (at.value as { rows: unknown[] }).rows.length;
      at.continue();
    };
    cursor.onerror = () => {
      reject(cursor.error ?? new Error('IndexedDB cursor failed'));
    };
  });
}

/**
 * Times writing `total` review-shaped rows in `layout`; `rows` in the result is how many rows the
 * records written hold (read back), so the runner can check nothing was left out.
 */
export async function writeFloor(
  layout: IdbFloorLayout,
  total: number,
): Promise<{ ms: number; records: number; rows: number }> {
  const shape = SHAPES[layout];
  const now = Date.now();
  const window: LogWindow = {
    deckId: 'floor',
    cardCount: Math.max(1, Math.round(total / ROWS_PER_CARD)),
    total,
    from: new Date(now - 731 * DAY_MS),
    to: new Date(now - DAY_MS),
  };
  const name = `deckwright-bench-floor-${layout}`;
  await request(indexedDB.deleteDatabase(name));
  const db = await openFloorDatabase(name, shape);
  try {
    const started = performance.now();
    if (shape.pack === 'card') {
      await writeAll(db, () => perCard(window));
    } else {
      const per = Math.ceil(total / shape.transactions);
      for (let first = 0; first < total; first += per) {
        const last = Math.min(total, first + per);
        await writeAll(db, function* () {
          for (let chunk = first; chunk < last; chunk += CHUNK) {
            const rows = rowsOf(window, chunk, Math.min(CHUNK, last - chunk));
            if (shape.pack === 'chunk') yield { key: chunk, deckId: window.deckId, rows };
            else yield* rows;
          }
        });
      }
    }
    const ms = performance.now() - started;
    const store = db.transaction('log').objectStore('log');
    const records = await request(store.count());
    const rows = shape.pack === 'row' ? records : await packedRows(store);
    return { ms, records, rows };
  } finally {
    db.close();
    await request(indexedDB.deleteDatabase(name));
  }
}
