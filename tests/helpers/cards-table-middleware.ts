import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/**
 * A Dexie middleware below every middleware of the app that replaces some calls of the `cards`
 * table's IndexedDB layer: `wrap` gets the real table and returns the calls it overrides.
 */
export function cardsTableMiddleware(
  name: string,
  wrap: (table: DBCoreTable) => Partial<DBCoreTable>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    level: 0,
    create: (down) => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        return tableName === 'cards' ? { ...table, ...wrap(table) } : table;
      },
    }),
  };
}
