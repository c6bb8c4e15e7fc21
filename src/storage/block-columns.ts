/**
 * The first page's side of blocks of answers stored by column: a shape test on every block
 * read, and calls into answer-log-columns.ts, whose encoder and decoder load with a dynamic
 * `import()` only when needed (a collection that never held an imported history never
 * downloads them).
 *
 * IndexedDB commits a transaction while code awaits anything else, so the module is never
 * loaded inside one: before any query when the database is flagged as it opens (db.ts), and by
 * a writer before its transaction (`loadBlockColumns`). Blocks are stored by column only in a
 * transaction that also writes the flag (`mutateBlocks`), so none is ever stored without it; a
 * block by column read without the decoder throws rather than giving wrong rows.
 */
import type { DBCore, DBCoreCursor, Middleware } from 'dexie';
import type * as Codec from './answer-log-columns.ts';
import type { StoredBlock } from './answer-log-columns.ts';

export interface BlockColumnsSlot {
  readonly middleware: Middleware<DBCore>;
  /** Loads the encoder and decoder (once). */
  load(): Promise<void>;
}

function unloaded(): never {
  throw new Error('A block of answers stored by column was read without its decoder.');
}

/**
 * `cursor`, its value read through `rows`. The cursor is the browser's own `IDBCursor` (Dexie
 * adds its fields to it), whose `key`, `primaryKey` and `value` are getters that Chromium runs
 * only on a real cursor ("Illegal invocation" on an object inheriting from one; fake-indexeddb
 * does not check). So, as Dexie's virtual-index middleware does, the wrapper reads them from
 * `cursor` itself and moves `cursor` itself; the rest (`stop`, `next`, `fail`, `trans`, `done`:
 * Dexie's own fields) it inherits. `value` is a getter: Dexie reads it once per record, twice
 * with a filter, and a key cursor never.
 */
function withRows(cursor: DBCoreCursor, rows: (value: unknown) => unknown): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: { get: () => rows(cursor.value) },
    continue: {
      value: (key?: unknown) => {
        cursor.continue(key);
      },
    },
    continuePrimaryKey: {
      value: (key: unknown, primaryKey: unknown) => {
        cursor.continuePrimaryKey(key, primaryKey);
      },
    },
    advance: {
      value: (count: number) => {
        cursor.advance(count);
      },
    },
    start: { value: (onNext: () => void) => cursor.start(onNext) },
  }) as DBCoreCursor;
}

/** The slot of one database (like sync's tracking slot, sync/tracking-slot.ts). */
export function blockColumnsSlot(): BlockColumnsSlot {
  let codec: typeof Codec | undefined;
  const rows = (value: unknown): unknown =>
    (value as StoredBlock | undefined)?.columns
      ? (codec ?? unloaded()).decodeBlock(value as StoredBlock)
      : value;
  return {
    middleware: {
      stack: 'dbcore',
      name: 'block-columns',
      // Below Dexie's own middlewares (live queries, hooks, cache: -1 to 2) and this app's, so
      // all of them see blocks with their rows.
      level: -10,
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return name === 'logBlocks'
            ? {
                ...table,
                mutate: (req) => (codec ? codec.mutateBlocks(down, req) : table.mutate(req)),
                get: (req) => table.get(req).then(rows),
                getMany: (req) => table.getMany(req).then((values) => values.map(rows)),
                // Keys (`values` false) have no `columns`: they pass as they are.
                query: (req) =>
                  table
                    .query(req)
                    .then((response) => ({ ...response, result: response.result.map(rows) })),
                openCursor: (req) =>
                  table.openCursor(req).then((cursor) => cursor && withRows(cursor, rows)),
              }
            : table;
        },
      }),
    },
    async load() {
      codec ??= await import('./answer-log-columns.ts');
    },
  };
}
