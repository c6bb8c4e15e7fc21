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
import type { DBCore, Middleware } from 'dexie';
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
                // A getter: Dexie reads `value` once per record, twice with a filter.
                openCursor: (req) =>
                  table.openCursor(req).then(
                    (cursor) =>
                      cursor &&
                      (Object.create(cursor, {
                        value: { get: () => rows(cursor.value) },
                      }) as typeof cursor),
                  ),
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
